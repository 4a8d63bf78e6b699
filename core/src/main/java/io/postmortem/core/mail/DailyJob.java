package io.postmortem.core.mail;

/**
 * Work the product does once a day, on one node of the cluster (reminders, digests). A second run the same day must
 * send nothing new: jobs record what they sent (see {@link NotificationLedger}).
 */
public interface DailyJob {

    /** A short stable name for logs. */
    String name();

    /** Does today's work; returns how many mails went out. */
    int run();
}
