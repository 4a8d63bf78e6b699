package com.atlassian.jira;

/**
 * The known data types of JQL.
 * <p>
 * Sources: https://docs.atlassian.com/software/jira/docs/api/7.0.0-m01/com/atlassian/jira/JiraDataTypes.html
 * ("public final class JiraDataTypes extends Object", "public static final JiraDataType ISSUE") and the Jira 10.7.0
 * page https://docs.atlassian.com/software/jira/docs/api/10.7.0/com/atlassian/jira/JiraDataTypes.html (ISSUE still a
 * static final JiraDataType). An object constant is read with getstatic at run time, so the value here only
 * matters in tests.
 */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataType() {
        @Override
        public String toString() {
            return "ISSUE";
        }
    };

    public JiraDataTypes() {
    }
}
