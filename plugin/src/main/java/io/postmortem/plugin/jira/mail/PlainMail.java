package io.postmortem.plugin.jira.mail;

import io.postmortem.core.mail.Mail;

import java.util.Locale;

/**
 * A mail as one plain-text body: the text, then every text attachment (a meeting's iCalendar invitation) written
 * out after a line naming its file, so a reader can still save it as a calendar entry. What the mailer sends when
 * Jira's multipart mail is not available.
 */
final class PlainMail {

    private PlainMail() {
    }

    static String body(Mail mail) {
        StringBuilder body = new StringBuilder(mail.body() == null ? "" : mail.body());
        for (Mail.Attachment attachment : mail.attachments()) {
            if (!attachment.contentType().toLowerCase(Locale.ROOT).startsWith("text/")) {
                continue;
            }
            body.append("\n\n----- ").append(attachment.fileName()).append(" (")
                    .append(attachment.contentType()).append(") -----\n")
                    .append(attachment.content());
        }
        return body.toString();
    }
}
