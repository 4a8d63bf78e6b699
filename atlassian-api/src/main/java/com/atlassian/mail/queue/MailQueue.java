package com.atlassian.mail.queue;

/**
 * Jira's outgoing mail queue; items are sent by Jira's mail job, so adding never blocks on SMTP.
 * <p>
 * Source: atlassian-mail's MailQueue.java in the code index ("public interface MailQueue"; "Add a new item to the
 * mail queue." {@code void addItem(MailQueueItem item)}). Jira exposes it as a component
 * ({@code ComponentAccessor.getMailQueue()}); its availability as an OSGi service to plugins was not verified.
 */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
