package io.postmortem.sandbox.rest;

import io.postmortem.sandbox.tickets.Issue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An issue as the sandbox's REST API answers it. */
public record IssueView(String key, String project, String type, String summary, String status, String resolution,
                        String reporter, String assignee, Instant created, Instant resolved,
                        Map<String, List<String>> fields, List<LinkView> links) {

    /** A link of the issue: its type as seen from this issue's side, and the other issue. */
    public record LinkView(String type, String direction, String issue) {
    }

    public static IssueView of(Issue issue) {
        return of(issue, null);
    }

    /** With its links, when the caller read them (null: not read). */
    public static IssueView of(Issue issue, List<LinkView> links) {
        return new IssueView(issue.key(), issue.projectKey(), issue.type(), issue.summary(), issue.status(),
                issue.resolution(), issue.reporter(), issue.assignee(), issue.createdAt(), issue.resolvedAt(),
                issue.fields(), links);
    }
}
