package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * One field change inside a change group: which field, and its raw and display values before and after.
 * <p>
 * Source: Jira's ChangeItemBean.java ("@PublicApi public class ChangeItemBean", constants STATIC_FIELD = "jira" and
 * CUSTOM_FIELD = "custom", constructor {@code (String fieldType, String field, String from, String fromString,
 * String to, String toString, Timestamp created)}, getters below) in the code index; javadoc
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/history/ChangeItemBean.html. A plain bean, so the
 * body mirrors the real one; String constants are inlined and equal the real values.
 */
public class ChangeItemBean {

    public static final String STATIC_FIELD = "jira";
    public static final String CUSTOM_FIELD = "custom";

    private final String fieldType;
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;
    private final Timestamp created;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString,
                          Timestamp created) {
        this.fieldType = fieldType;
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
        this.created = created;
    }

    public String getFieldType() {
        return fieldType;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return toString;
    }

    public Timestamp getCreated() {
        return created;
    }
}
