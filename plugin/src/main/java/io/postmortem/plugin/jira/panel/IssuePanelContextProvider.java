package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Context of a panel on the view-issue page: {@code panel} (the view model, built by the same code the sandbox uses)
 * and {@code contextPath} (Jira's relative base URL, for links and the REST API). When the panel has a model, its
 * scripts and styles are required for the page ({@link PanelWebResources}); no web-resource context loads them. The panel's condition shows it only
 * to logged-in people on issues that have one, so {@code panel} is missing only when the issue changed in between.
 * Subclasses are built by the plugin framework with constructor injection from the plugin's Spring context.
 */
abstract class IssuePanelContextProvider implements ContextProvider {
    private final Actors actors;
    private final ApplicationProperties applicationProperties;
    private final PanelWebResources webResources;

    IssuePanelContextProvider(Actors actors, ApplicationProperties applicationProperties,
                              PanelWebResources webResources) {
        this.actors = actors;
        this.applicationProperties = applicationProperties;
        this.webResources = webResources;
    }

    /** Whether the issue can have this panel at all, from its type (no database statement). */
    abstract boolean mayHavePanel(Issue issue);

    /** The panel's view model for this issue and viewer, if the issue has one. */
    abstract Optional<?> panel(String issueKey, Actor viewer);

    /** The web-resources ({@link PanelWebResources}) the panel's template needs, required only when it shows. */
    abstract List<String> webResources();

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context == null ? Map.of() : context);
        PanelIssues.issue(context)
                .filter(this::mayHavePanel)
                .flatMap(issue -> panel(issue.getKey(), actors.current()))
                .ifPresent(panel -> {
                    result.put("panel", panel);
                    webResources.require(webResources());
                });
        result.put("contextPath", contextPath());
        return result;
    }

    /**
     * The path Jira is served under ("/jira", or "" at the root): the path of the canonical base URL. Read through
     * {@code UrlMode.CANONICAL}, which Platform 8 plugins are seen using, rather than {@code UrlMode.RELATIVE}.
     */
    private String contextPath() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        String path = base == null ? null : java.net.URI.create(base.strip()).getRawPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }
}
