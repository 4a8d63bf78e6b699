package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Jira's errors of a refused operation: field errors, general messages and the reasons (e.g. FORBIDDEN).
 * <p>
 * Source: https://docs.atlassian.com/jira/7.3.1/com/atlassian/jira/util/ErrorCollection.html ("@PublicApi public
 * interface ErrorCollection"; {@code Collection<String> getErrorMessages()}, {@code Map<String,String> getErrors()};
 * nested ErrorCollection.Reason; "general errors ... (eg. permission problems)"). {@code boolean hasAnyErrors()} and
 * {@code Set<Reason> getReasons()} were not visible in the excerpt seen; they are named by SimpleErrorCollection
 * (https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/SimpleErrorCollection.html:
 * addReason/addReasons) and by Jira Software's copy of this type ("Copied from JIRA's ErrorCollection interface",
 * {@code Set<ErrorCollection.Reason> getReasons()}, constants FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, CONFLICT,
 * SERVER_ERROR): https://docs.atlassian.com/jira-software/6.4.0.6/com/atlassian/greenhopper/model/validation/ErrorCollection.Reason.html.
 * Jira's own Reason has more constants (not needed here; enum constants resolve by name).
 */
public interface ErrorCollection {

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    Set<Reason> getReasons();

    boolean hasAnyErrors();

    enum Reason {
        NOT_FOUND,
        NOT_LOGGED_IN,
        FORBIDDEN,
        VALIDATION_FAILED,
        CONFLICT,
        SERVER_ERROR
    }
}
