package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Custom field definitions.
 * <p>
 * Source: Jira's CustomFieldManager.java in the code index: "Get a CustomField by its text key (eg 'customfield_10000').
 * ... @return The CustomField or null if not found." {@code CustomField getCustomFieldObject(String id)}.
 * Javadoc: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/CustomFieldManager.html.
 */
public interface CustomFieldManager {

    CustomField getCustomFieldObject(String id);
}
