package io.postmortem.core.mail;

import java.time.Instant;

/**
 * Remembers which notifications went to whom, so a job that runs twice (or on two nodes) mails each recipient once
 * per event. Implementations record the pair atomically with a unique key.
 */
public interface NotificationLedger {

    /** True exactly once per (event, recipient): the caller should send; false when it was already recorded. */
    boolean firstTime(String eventKey, String recipient, Instant at);
}
