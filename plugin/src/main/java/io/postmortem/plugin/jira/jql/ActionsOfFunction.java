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
 * {@code issue in actionsOf("<platform or team>"[, "<figure>"])}: the Problem tickets of the actions of a platform
 * or team, all of them or those one dashboard figure counts (open, overdue, dueSoon, closedLast30Days, ...).
 */
public class ActionsOfFunction extends PostmortemJqlFunction {

    public ActionsOfFunction(JqlQueries queries, Actors actors, ConfigurationStore configuration, IssueManager issueManager,
            PermissionManager permissionManager, HostCalls host) {
        super("actionsOf(\"<platform or team>\"[, \"<figure>\"])", 1, List.of(Argument.PLATFORM_OR_TEAM, Argument.ACTION_FIGURE),
                queries, actors, configuration, issueManager, permissionManager, host);
    }

    @Override
    List<String> keys(JqlQueries queries, Actor actor, List<String> args) {
        return queries.actionsOf(actor, args.get(0), argument(args, 1));
    }
}
