package io.postmortem.sandbox.web;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import io.postmortem.sandbox.plugin.PluginDescriptor;
import io.postmortem.sandbox.plugin.PluginModules;
import io.postmortem.testkit.velocity.TemplateI18n;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's web panels on the issue view, as its descriptor declares them (key, location, weight, i18n label,
 * view template) with the plugin's own condition and context-provider classes, built and called as Jira's plugin
 * framework does: constructor-autowired from the plugin's context, then asked with the web fragment context.
 */
public final class IssuePanels {
    /** Jira's web-panel locations on the issue view. */
    public static final String LEFT = "atl.jira.view.issue.left.context";
    public static final String RIGHT = "atl.jira.view.issue.right.context";

    /** A panel ready to draw: its module, label text and built classes. */
    public record IssuePanel(PluginDescriptor.WebPanel module, String label, Optional<Condition> condition,
                             Optional<ContextProvider> contextProvider) {
        public String key() {
            return module.key();
        }

        /** Whether the panel's condition lets it show in this context (no condition: always). */
        boolean shows(Map<String, Object> context) {
            return condition.map(c -> c.shouldDisplay(context)).orElse(true);
        }

        /** The template's context: the context provider's map, or the fragment context as it is. */
        Map<String, Object> templateContext(Map<String, Object> context) {
            return contextProvider.map(p -> p.getContextMap(new HashMap<>(context))).orElse(new HashMap<>(context));
        }
    }

    private final List<IssuePanel> panels;

    private IssuePanels(List<IssuePanel> panels) {
        this.panels = List.copyOf(panels);
    }

    /** The descriptor's panels at the issue view's locations, their classes built from the plugin's modules. */
    public static IssuePanels of(PluginDescriptor descriptor, PluginModules modules, TemplateI18n i18n) {
        return new IssuePanels(descriptor.webPanels().stream()
                .filter(panel -> panel.location().equals(LEFT) || panel.location().equals(RIGHT))
                .map(panel -> new IssuePanel(panel, i18n.getText(panel.labelKey()),
                        panel.conditionClass().map(type -> modules.build(type, Condition.class)),
                        panel.contextProviderClass().map(type -> modules.build(type, ContextProvider.class))))
                .toList());
    }

    /** The panels to draw at a location for this web fragment context, lightest weight first. */
    public List<IssuePanel> at(String location, Map<String, Object> context) {
        return panels.stream()
                .filter(p -> p.module().location().equals(location))
                .filter(p -> p.shows(context))
                .sorted(Comparator.comparingInt(p -> p.module().weight()))
                .toList();
    }
}
