package io.postmortem.plugin.jira.mail;

import io.postmortem.core.mail.Mail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

/**
 * Builds a multipart/mixed body (text, then attachments such as a meeting's iCalendar invitation). Kept apart from
 * {@link JiraMailer} so Jakarta Mail classes are only loaded when a mail has attachments.
 */
final class MailParts {

    private MailParts() {
    }

    static MimeMultipart of(Mail mail) {
        try {
            MimeMultipart multipart = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            multipart.addBodyPart(text);
            for (Mail.Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setContent(attachment.content(), withCharset(attachment.contentType()));
                part.setFileName(attachment.fileName());
                multipart.addBodyPart(part);
            }
            return multipart;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail's parts", e);
        }
    }

    /** Text attachments are written as UTF-8; say so unless the type already names a charset. */
    private static String withCharset(String contentType) {
        return contentType.toLowerCase(java.util.Locale.ROOT).contains("charset")
                ? contentType : contentType + "; charset=UTF-8";
    }
}
