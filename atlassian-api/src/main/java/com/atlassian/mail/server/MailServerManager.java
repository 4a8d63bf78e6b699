package com.atlassian.mail.server;

/**
 * The mail servers configured in the host (Jira: System > Outgoing mail).
 * <p>
 * Source: atlassian-mail's javadoc, https://docs.atlassian.com/atlassian-mail/1.16/apidocs/com/atlassian/mail/server/class-use/SMTPMailServer.html
 * ({@code SMTPMailServer MailServerManager.getDefaultSMTPMailServer()}). No Jira 10/11 javadoc of this type was
 * found, nor evidence that Jira 11 exports it to plugins as an OSGi service: the plugin imports it with
 * {@code availability="optional"} and calls it only behind a guard that catches {@link LinkageError}
 * (io.postmortem.plugin.jira.health.JiraHostHealth), so the health page reports WARN instead of failing.
 */
public interface MailServerManager {

    /** The default outgoing (SMTP) server; null when none is configured. */
    SMTPMailServer getDefaultSMTPMailServer();
}
