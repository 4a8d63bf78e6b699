package io.postmortem.core.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Mails one event to each recipient at most once, however often (and on however many nodes) the sender runs: the
 * ledger records the (event, recipient) pair first and only the first recording mails.
 */
public final class MailOncePerRecipient {
    private final Mailer mailer;
    private final NotificationLedger ledger;

    public MailOncePerRecipient(Mailer mailer, NotificationLedger ledger) {
        this.mailer = mailer;
        this.ledger = ledger;
    }

    /** Returns the recipients mailed this time, in the order given. */
    public List<String> send(String eventKey, Collection<String> recipients, Instant at, String subject, String body) {
        List<String> mailed = new ArrayList<>();
        for (String recipient : recipients) {
            if (ledger.firstTime(eventKey, recipient, at)) {
                mailer.send(new Mail(List.of(recipient), subject, body));
                mailed.add(recipient);
            }
        }
        return mailed;
    }
}
