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
 * {@code issue in actionsOfPostmortem("<issue key>")}: the Problem tickets of the actions a postmortem
 * raised.
 */
public class ActionsOfPostmortemFunction extends PostmortemJqlFunction {

    public ActionsOfPostmortemFunction(JqlQueries queries, Actors actors, ConfigurationStore configuration, IssueManager issueManager,
            PermissionManager permissionManager, HostCalls host) {
        super("actionsOfPostmortem(\"<issue key>\")", 1, List.of(Argument.ISSUE_KEY),
                queries, actors, configuration, issueManager, permissionManager, host);
    }

    @Override
    List<String> keys(JqlQueries queries, Actor actor, List<String> args) {
        return queries.actionsOfPostmortem(actor, args.get(0));
    }
}
