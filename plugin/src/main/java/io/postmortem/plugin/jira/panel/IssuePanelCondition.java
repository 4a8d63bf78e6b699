package io.postmortem.plugin.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.postmortem.core.access.CurrentUser;

import java.util.Map;

/**
 * Shows a panel to logged-in people (its data come from the authenticated API) on the issues it applies to.
 * Subclasses are built by the plugin framework (not Spring beans) and say which issues those are.
 */
abstract class IssuePanelCondition implements Condition {
    private final CurrentUser currentUser;

    IssuePanelCondition(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the panel belongs on the issue with this key. */
    abstract boolean appliesTo(String issueKey);

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.username().isPresent() && PanelIssues.issueKey(context).filter(this::appliesTo).isPresent();
    }
}
