package com.atlassian.jira;

/**
 * The type of values a JQL clause or function produces. Declared empty: the plugin only returns
 * {@link JiraDataTypes#ISSUE}.
 * <p>
 * Source: https://docs.atlassian.com/software/jira/docs/api/7.0.0-m01/com/atlassian/jira/JiraDataTypes.html
 * ("static JiraDataType ISSUE"); JiraDataType is an interface per the JqlFunction javadoc's {@code getDataType()}.
 */
public interface JiraDataType {
}
