package io.postmortem.sandbox.host;

import io.postmortem.core.mail.Mail;
import io.postmortem.core.mail.Mailer;
import io.postmortem.sandbox.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The sandbox's mail server: nothing leaves the machine; every mail the product sends is kept to be read, in the
 * database, so every node of a cluster shows all of them.
 */
public final class Outbox implements Mailer {
    private final Jdbc jdbc;
    private final Clock clock;
    private final SandboxNode node;

    public Outbox(Jdbc jdbc, Clock clock, SandboxNode node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
    }

    public record SentMail(long id, List<String> to, String subject, String body, Instant sentAt,
                           List<String> attachments) {
    }

    @Override
    public void send(Mail mail) {
        Instant now = clock.instant();
        jdbc.inTransaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SBX_MAIL (SENT_AT, RECIPIENTS, SUBJECT, BODY) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(insert, now.toEpochMilli(), String.join(",", mail.to()), mail.subject(), mail.body());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            int position = 0;
            for (Mail.Attachment attachment : mail.attachments()) {
                Jdbc.update(connection, "INSERT INTO SBX_MAIL_ATTACHMENT (MAIL_ID, POSITION, FILE_NAME, CONTENT_TYPE, CONTENT)"
                                + " VALUES (?, ?, ?, ?, ?)", id, position++, attachment.fileName(),
                        attachment.contentType(), attachment.content());
            }
            return null;
        });
        node.pauseAfterMail();
    }

    /** Newest first. */
    public List<SentMail> mail() {
        return jdbc.inTransaction(connection -> {
            // Two plain queries rather than one string aggregate: H2 and PostgreSQL name theirs differently.
            Map<Long, List<String>> files = new HashMap<>();
            for (Object[] file : Jdbc.query(connection, "SELECT MAIL_ID, FILE_NAME FROM SBX_MAIL_ATTACHMENT"
                    + " ORDER BY MAIL_ID, POSITION", row -> new Object[]{row.getLong(1), row.getString(2)})) {
                files.computeIfAbsent((Long) file[0], id -> new ArrayList<>()).add((String) file[1]);
            }
            return Jdbc.query(connection, "SELECT * FROM SBX_MAIL ORDER BY ID DESC",
                    row -> new SentMail(row.getLong("ID"), split(row.getString("RECIPIENTS"), ","),
                            row.getString("SUBJECT"), row.getString("BODY"),
                            Instant.ofEpochMilli(row.getLong("SENT_AT")),
                            List.copyOf(files.getOrDefault(row.getLong("ID"), List.of()))));
        });
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }
}
