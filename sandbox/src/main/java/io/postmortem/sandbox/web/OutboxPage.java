package io.postmortem.sandbox.web;

import io.postmortem.sandbox.host.Outbox;

import java.util.List;

/** Every mail the product sent, newest first: the sandbox's stand-in for people's inboxes. */
final class OutboxPage {
    private final Outbox outbox;

    OutboxPage(Outbox outbox) {
        this.outbox = outbox;
    }

    String render(Layout.Viewer viewer) {
        List<Outbox.SentMail> mail = outbox.mail();
        if (mail.isEmpty()) {
            return Layout.panel("Outbox", "<p id=\"outbox-empty\">The product has not sent any mail yet.</p>");
        }
        StringBuilder rows = new StringBuilder();
        for (Outbox.SentMail m : mail) {
            rows.append("<tr class=\"outbox-mail\"><td>").append(Layout.time(m.sentAt(), viewer.zone())).append("</td><td>")
                    .append(Html.escape(String.join(", ", m.to()))).append("</td><td><details><summary>")
                    .append(Html.escape(m.subject())).append("</summary><div class=\"outbox-body\">")
                    .append(Html.escape(m.body())).append("</div></details></td><td>")
                    .append(Html.escape(String.join(", ", m.attachments()))).append("</td></tr>");
        }
        return Layout.panel("Outbox", "<table class=\"aui\" id=\"outbox\"><thead><tr><th>Sent</th><th>To</th>"
                + "<th>Subject</th><th>Attachments</th></tr></thead><tbody>" + rows + "</tbody></table>");
    }
}
