package io.postmortem.plugin.persistence.mail;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.mail.NotificationLedger;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The ledger of sent notifications in Jira's database. The unique ledger key decides between two nodes (or two runs)
 * recording the same (event, recipient) at once: exactly one insert succeeds, and only its caller sends.
 */
public class AoNotificationLedger implements NotificationLedger {
    private static final int KEY_LENGTH = 255;

    private final ActiveObjects ao;

    public AoNotificationLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean firstTime(String eventKey, String recipient, Instant at) {
        String ledgerKey = ledgerKey(eventKey, recipient);
        if (recorded(ledgerKey)) {
            return false;
        }
        try {
            GuardedAo.inTransaction(ao, () -> ao.create(NotificationEntity.class,
                    new DBParam("LEDGER_KEY", ledgerKey),
                    new DBParam("EVENT_KEY", truncate(eventKey)),
                    new DBParam("RECIPIENT", truncate(recipient)),
                    new DBParam("SENT_AT", at.toEpochMilli())));
            return true;
        } catch (RuntimeException insertRefused) {
            if (recorded(ledgerKey)) {
                return false;
            }
            throw insertRefused;
        }
    }

    private boolean recorded(String ledgerKey) {
        return ao.count(NotificationEntity.class, Query.select().where("LEDGER_KEY = ?", ledgerKey)) > 0;
    }

    static String ledgerKey(String eventKey, String recipient) {
        String key = eventKey + "|" + recipient;
        if (key.length() <= KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= KEY_LENGTH ? text : text.substring(0, KEY_LENGTH);
    }
}
