package io.postmortem.plugin.jira.panel;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.panel.ProblemPanels;

import java.util.HashMap;
import java.util.Map;

/**
 * Context of the action panel on a Problem ticket: {@code panel} (from {@link ProblemPanels}) and {@code contextPath}.
 * Built by the plugin framework with constructor injection from the plugin's Spring context.
 */
public final class ProblemPanelContextProvider implements ContextProvider {
    private final ProblemPanels problemPanels;
    private final Actors actors;
    private final ApplicationProperties applicationProperties;

    public ProblemPanelContextProvider(ProblemPanels problemPanels, Actors actors,
                                       ApplicationProperties applicationProperties) {
        this.problemPanels = problemPanels;
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
                .flatMap(key -> problemPanels.problemPanel(key, actors.current()))
                .ifPresent(panel -> result.put("panel", panel));
        result.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        return result;
    }
}
