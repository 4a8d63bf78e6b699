package io.postmortem.plugin.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.postmortem.PostmortemRepository;

import java.util.Map;

/**
 * Shows the postmortem document on issues that hold a postmortem (its key is the issue key), to logged-in people.
 * Built by the plugin framework (not a Spring bean).
 */
public final class IsPostmortemCondition implements Condition {
    private final PostmortemRepository postmortems;
    private final CurrentUser currentUser;

    public IsPostmortemCondition(PostmortemRepository postmortems, CurrentUser currentUser) {
        this.postmortems = postmortems;
        this.currentUser = currentUser;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return currentUser.username().isPresent()
                && PanelIssues.issueKey(context).flatMap(postmortems::findByKey).isPresent();
    }
}
