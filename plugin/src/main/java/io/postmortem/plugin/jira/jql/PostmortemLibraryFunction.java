package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.LibraryQuery;

import java.util.List;

/**
 * {@code issue in postmortemLibrary("<words>")}: the published postmortems the library finds for these words (each
 * word matched as the start of a word, as in the library page), best first, at most the library's page size.
 */
public class PostmortemLibraryFunction extends PostmortemJqlFunction {
    private final Library library;

    public PostmortemLibraryFunction(Library library, JqlQueries queries, Actors actors, ConfigurationStore configuration,
                                     IssueManager issueManager, PermissionManager permissionManager, HostCalls host) {
        super("postmortemLibrary(\"<words>\")", 1, List.of(Argument.WORDS),
                queries, actors, configuration, issueManager, permissionManager, host);
        this.library = library;
    }

    @Override
    List<String> keys(JqlQueries queries, Actor actor, List<String> args) {
        LibraryQuery query = new LibraryQuery(args.get(0), null, null, null, null, null, null, null, null,
                LibraryQuery.MAX_LIMIT);
        return library.search(query, actor).stream().map(hit -> hit.entry().postmortemKey()).toList();
    }
}
