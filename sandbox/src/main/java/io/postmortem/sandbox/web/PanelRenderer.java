package io.postmortem.sandbox.web;

import java.util.Map;

/** Renders one of the plugin's templates with a view model, as Jira's template renderer does. */
@FunctionalInterface
public interface PanelRenderer {

    String render(String templatePath, Map<String, Object> viewModel);

    /** Until the Velocity renderer is plugged in: says so in the panel instead of pretending. */
    PanelRenderer NOT_AVAILABLE = (templatePath, viewModel) -> {
        throw new IllegalStateException("no Velocity renderer is wired into the sandbox yet (template "
                + templatePath + ")");
    };
}
