package com.atlassian.query.clause;

/**
 * A clause of a JQL query ({@code issue in f()}): passed to JQL functions, which do not need anything of it.
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/LastLoginFunction.html
 * (parameter type {@code com.atlassian.query.clause.TerminalClause} of validate and getValues; an interface per
 * https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/sprint/AbstractSprintsStateJqlFunction.html
 * signatures). Declared without members: the plugin calls none.
 */
public interface TerminalClause {
}
