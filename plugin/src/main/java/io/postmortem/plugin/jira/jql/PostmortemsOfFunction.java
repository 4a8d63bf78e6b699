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
 * {@code issue in postmortemsOf(["<platform or team>"[, "<figure>"]])}: the Postmortem issues of a platform or team
 * (of all without an argument), all of them or those one dashboard figure counts (heldOnTime, published, ...); what the dashboard links use.
 */
public class PostmortemsOfFunction extends PostmortemJqlFunction {

    public PostmortemsOfFunction(JqlQueries queries, Actors actors, ConfigurationStore configuration, IssueManager issueManager,
            PermissionManager permissionManager, HostCalls host) {
        super("postmortemsOf([\"<platform or team>\"[, \"<figure>\"]])", 0, List.of(Argument.PLATFORM_OR_TEAM, Argument.POSTMORTEM_FIGURE),
                queries, actors, configuration, issueManager, permissionManager, host);
    }

    @Override
    List<String> keys(JqlQueries queries, Actor actor, List<String> args) {
        return queries.postmortemsOf(actor, argument(args, 0), argument(args, 1));
    }
}
