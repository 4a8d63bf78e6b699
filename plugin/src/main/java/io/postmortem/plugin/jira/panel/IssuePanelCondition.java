package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.postmortem.core.access.CurrentUser;

import java.util.Map;

/**
 * Shows a panel to logged-in people (its data come from the authenticated API) on the issues it applies to.
 * Subclasses are built by the plugin framework (not Spring beans) and say which issues those are: first from the
 * issue Jira already holds ({@link #mayApplyTo}, no database statement, so every other issue's view costs none),
 * then exactly ({@link #appliesTo}).
 */
abstract class IssuePanelCondition implements Condition {
    private final CurrentUser currentUser;

    IssuePanelCondition(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the panel can belong on this issue at all, from its type (no database statement). */
    abstract boolean mayApplyTo(Issue issue);

    /** Whether the panel belongs on the issue with this key. */
    abstract boolean appliesTo(String issueKey);

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.username().isPresent() && PanelIssues.issue(context)
                .filter(this::mayApplyTo)
                .filter(issue -> appliesTo(issue.getKey()))
                .isPresent();
    }
}
