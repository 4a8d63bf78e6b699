package com.atlassian.mail.queue;

/**
 * Something the mail queue sends.
 * <p>
 * Source: the parameter type of {@code MailQueue.addItem(MailQueueItem)} in atlassian-mail's MailQueue.java (code
 * index) and https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 * (package com.atlassian.mail.queue). Its methods are called by Jira only, never by us, so none are declared; we
 * never implement it (SingleMailQueueItem is Jira's class).
 */
public interface MailQueueItem {
}
