package io.postmortem.sandbox.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The plugin's web panels on the issue view, as its descriptor declares them: a location, the plugin's
 * template, the function building the template's view model (the context provider's work) and a condition.
 */
public final class IssuePanels {
    /** Jira's web-panel locations on the issue view. */
    public static final String LEFT = "atl.jira.view.issue.left.context";
    public static final String RIGHT = "atl.jira.view.issue.right.context";

    /** What a panel knows when it is drawn: the issue and who is looking. */
    public record PanelContext(String issueKey, String issueType, String projectKey, String username) {
    }

    public record IssuePanel(String key, String label, String location, int weight, String templatePath,
                             Predicate<PanelContext> condition,
                             Function<PanelContext, Map<String, Object>> viewModel) {
    }

    private final List<IssuePanel> panels = new CopyOnWriteArrayList<>();

    public void register(IssuePanel panel) {
        if (!LEFT.equals(panel.location()) && !RIGHT.equals(panel.location())) {
            throw new IllegalArgumentException("unknown web-panel location " + panel.location());
        }
        panels.add(panel);
    }

    /** The panels to draw at a location for this context, lightest weight first. */
    public List<IssuePanel> at(String location, PanelContext context) {
        return panels.stream()
                .filter(p -> p.location().equals(location))
                .filter(p -> p.condition().test(context))
                .sorted(Comparator.comparingInt(IssuePanel::weight))
                .toList();
    }
}
