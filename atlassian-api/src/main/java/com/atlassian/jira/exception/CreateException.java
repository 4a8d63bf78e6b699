package com.atlassian.jira.exception;

/**
 * Jira could not create something (thrown by IssueLinkManager.createIssueLink).
 * <p>
 * Package and name from Jira 11.3 plugin code importing {@code com.atlassian.jira.exception.CreateException} and the
 * throws clause of IssueLinkManager implementations (imported by https://github.com/codescape/jira-multiple-subtasks/blob/ce71581d40c28665bb664c1ef50e9d113b769685/src/main/java/de/codescape/jira/plugins/multiplesubtasks/service/SubtasksCreationService.java). A checked exception; its exact
 * superclass was not seen.
 */
public class CreateException extends Exception {

    public CreateException(String message) {
        super(message);
    }
}
