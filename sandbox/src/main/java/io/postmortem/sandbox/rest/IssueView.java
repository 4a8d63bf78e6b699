package io.postmortem.sandbox.rest;

import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.SandboxFields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An issue as the sandbox's REST API answers it. Jira's own fields ({@code status}, {@code resolution},
 * {@code assignee}, {@code dueDate}, {@code priority}, {@code labels}) are shown for every issue type, null or empty
 * when not set, as Jira's issue view shows them.
 */
public record IssueView(String key, String project, String type, String summary, String description, String status,
                        String resolution, String priority, String reporter, String assignee, LocalDate dueDate,
                        List<String> labels, Instant created, Instant resolved, Map<String, List<String>> fields,
                        List<LinkView> links, List<CommentView> comments) {

    /** A link of the issue: its type as seen from this issue's side, and the other issue. */
    public record LinkView(String type, String direction, String issue) {
    }

    /** A comment on the issue, oldest first. */
    public record CommentView(String author, Instant at, String body) {
    }

    public static IssueView of(Issue issue) {
        return of(issue, null, null);
    }

    /** With its links and comments, when the caller read them (null: not read). */
    public static IssueView of(Issue issue, List<LinkView> links, List<CommentView> comments) {
        return new IssueView(issue.key(), issue.projectKey(), issue.type(), issue.summary(), issue.description(),
                issue.status(), issue.resolution(), issue.priority(), issue.reporter(), issue.assignee(),
                issue.value(SandboxFields.DUE_DATE).map(LocalDate::parse).orElse(null),
                issue.values(SandboxFields.LABELS), issue.createdAt(), issue.resolvedAt(), issue.fields(), links,
                comments);
    }
}
