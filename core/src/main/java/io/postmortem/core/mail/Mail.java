package io.postmortem.core.mail;

import java.util.List;

/** A mail the product sends. Recipients are user names; the mail port resolves addresses. */
public record Mail(List<String> to, String subject, String body, List<Attachment> attachments) {

    public Mail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    public Mail(List<String> to, String subject, String body) {
        this(to, subject, body, List.of());
    }

    public record Attachment(String fileName, String contentType, String content) {
    }
}
