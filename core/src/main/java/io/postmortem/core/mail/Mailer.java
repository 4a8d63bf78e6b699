package io.postmortem.core.mail;

/** Sends mail through the ticket system's configured mail server (queued: sending never blocks a request). */
public interface Mailer {

    void send(Mail mail);
}
