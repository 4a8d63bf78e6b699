package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.config.ConfigurationStore;

import java.util.List;

/**
 * {@code issue in overdueActions(["<platform or team>"])}: the Problem tickets of overdue actions of one platform
 * or team, or of all without an argument.
 */
public class OverdueActionsFunction extends PostmortemJqlFunction {

    public OverdueActionsFunction(JqlQueries queries, Actors actors, ConfigurationStore configuration, IssueManager issueManager,
            PermissionManager permissionManager, HostCalls host) {
        super("overdueActions([\"<platform or team>\"])", 0, List.of(Argument.PLATFORM_OR_TEAM),
                queries, actors, configuration, issueManager, permissionManager, host);
    }

    @Override
    List<String> keys(JqlQueries queries, Actor actor, List<String> args) {
        return queries.overdueActions(actor, argument(args, 0));
    }
}
