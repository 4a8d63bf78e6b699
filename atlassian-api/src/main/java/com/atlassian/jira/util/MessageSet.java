package com.atlassian.jira.util;

import java.util.Set;

/**
 * Errors and warnings of a JQL validation.
 * <p>
 * Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/AbstractMessageSet.html
 * ("Adds an error message", "Returns a unique set of all the English error messages", "Returns true if there are
 * error messages"); the signatures {@code void addErrorMessage(String)}, {@code Set<String> getErrorMessages()},
 * {@code boolean hasAnyErrors()} are as used in Jira's own code and third-party JQL functions
 * ({@code messageSet.addErrorMessage(i18n.getText(...))}, {@code messageSet.getErrorMessages().contains(..)}).
 * Only these three are declared; the plugin never implements MessageSet.
 */
public interface MessageSet {

    void addErrorMessage(String message);

    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
