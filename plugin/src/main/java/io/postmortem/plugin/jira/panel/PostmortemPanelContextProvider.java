package io.postmortem.plugin.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.panel.PanelModels;

import java.util.HashMap;
import java.util.Map;

/**
 * Context of the postmortem panel on the view-issue page: {@code panel} (the view model from {@link PanelModels}) and
 * {@code contextPath} (Jira's relative base URL, for links and the REST API). The panel's condition shows it only to
 * logged-in people on issues that have one, so {@code panel} is missing only when the issue changed in between.
 * Built by the plugin framework with constructor injection from the plugin's Spring context.
 */
public final class PostmortemPanelContextProvider implements ContextProvider {
    private final PanelModels panelModels;
    private final Actors actors;
    private final ApplicationProperties applicationProperties;

    public PostmortemPanelContextProvider(PanelModels panelModels, Actors actors,
                                       ApplicationProperties applicationProperties) {
        this.panelModels = panelModels;
        this.actors = actors;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context == null ? Map.of() : context);
        PanelIssues.issueKey(context)
                .flatMap(key -> panelModels.postmortemPanel(key, actors.current()))
                .ifPresent(panel -> result.put("panel", panel));
        result.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        return result;
    }
}
