package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * A queue item that sends one {@link Email} through the default SMTP server.
 * <p>
 * Source: atlassian-mail's SingleMailQueueItem (decompiled source in the code index: "public class SingleMailQueueItem
 * extends AbstractMailQueueItem", constructor {@code SingleMailQueueItem(Email email)}, {@code Email getEmail()}) and
 * https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html (constructor listed).
 * The intermediate AbstractMailQueueItem is left out: we only construct this and hand it to the queue.
 */
public class SingleMailQueueItem implements MailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }
}
