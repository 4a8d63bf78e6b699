package io.postmortem.sandbox.rest;

import io.postmortem.sandbox.tickets.Issue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An issue as the sandbox's REST API answers it. */
public record IssueView(String key, String project, String type, String summary, String status, String resolution,
                        String reporter, String assignee, Instant created, Instant resolved,
                        Map<String, List<String>> fields) {

    public static IssueView of(Issue issue) {
        return new IssueView(issue.key(), issue.projectKey(), issue.type(), issue.summary(), issue.status(),
                issue.resolution(), issue.reporter(), issue.assignee(), issue.createdAt(), issue.resolvedAt(),
                issue.fields());
    }
}
