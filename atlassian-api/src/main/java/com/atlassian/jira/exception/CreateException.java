package com.atlassian.jira.exception;

/**
 * Jira could not create something (thrown by IssueLinkManager.createIssueLink).
 * <p>
 * Package and name from Jira 11.3 plugin code importing {@code com.atlassian.jira.exception.CreateException} and the
 * throws clause of IssueLinkManager implementations (jira-platform-facts.md 2.6). A checked exception; its exact
 * superclass was not seen.
 */
public class CreateException extends Exception {

    public CreateException(String message) {
        super(message);
    }
}
