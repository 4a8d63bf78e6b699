package com.atlassian.mail.server;

/**
 * An outgoing mail server. The plugin only asks whether one exists; it calls no method of it.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-mail/1.16/apidocs/com/atlassian/mail/server/class-use/SMTPMailServer.html
 * (interface {@code com.atlassian.mail.server.SMTPMailServer}).
 */
public interface SMTPMailServer {
}
