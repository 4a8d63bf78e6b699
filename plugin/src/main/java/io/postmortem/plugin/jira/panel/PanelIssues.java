package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;

import java.util.Map;
import java.util.Optional;

/** The issue of a view-issue page's web fragment context (Jira puts it under "issue"). */
final class PanelIssues {
    static final String ISSUE = "issue";

    private PanelIssues() {
    }

    static Optional<String> issueKey(Map<String, Object> context) {
        return issue(context).map(Issue::getKey);
    }

    /** The issue, when it has a key. */
    static Optional<Issue> issue(Map<String, Object> context) {
        return context != null && context.get(ISSUE) instanceof Issue issue && issue.getKey() != null
                ? Optional.of(issue)
                : Optional.empty();
    }
}
