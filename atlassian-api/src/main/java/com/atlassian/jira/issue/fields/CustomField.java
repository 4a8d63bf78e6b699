package com.atlassian.jira.issue.fields;

/**
 * A custom field definition.
 * <p>
 * Source: Jira's CustomFieldManager and mock sources in the code index ({@code customField.getId()} compared with
 * "customfield_10000"); {@code String getName()} is the field name Jira also writes as the {@code field} of a custom
 * field's change items. Javadoc: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/fields/CustomField.html
 * (not seen in full here).
 */
public interface CustomField {

    String getId();

    String getName();
}
