package com.atlassian.jira.event.type;

/**
 * Jira's issue event types.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (field list, "@PublicApi
 * public class EventType"); values from Jira's EventType.java; Jira 11.0 code reads these constants, https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/EventMatcherType.java. They are {@code Long}
 * objects, read with getstatic at run time, so Jira's own values always apply.
 */
public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
}
