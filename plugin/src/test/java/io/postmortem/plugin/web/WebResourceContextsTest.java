package io.postmortem.plugin.web;

import io.postmortem.plugin.jira.panel.PanelWebResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's scripts and styles reach only pages that show its panels, pages and dashboard items: no web-resource
 * in the descriptor is bound to a context Jira puts on every page or every issue view. The issue view's panels require
 * theirs from their context providers ({@link PanelWebResources}); the servlets require theirs themselves.
 */
class WebResourceContextsTest {
    private static final String PLUGIN_KEY = "io.postmortem.postmortem-for-jira";

    /** Contexts Jira loads on every page, every issue view, every search or every administration page. */
    private static final Set<String> BROAD_CONTEXTS = Set.of("atl.general", "atl.global", "jira.general",
            "jira.global", "atl.admin", "jira.admin", "atl.popup", "atl.userprofile", "jira.view.issue",
            "jira.navigator", "jira.navigator.advanced", "jira.navigator.simple", "jira.navigator.kickass",
            "jira.browse", "jira.browse.project", "jira.create.issue", "jira.edit.issue");

    /** Web-resource key to its contexts, in descriptor order. */
    private static final Map<String, List<String>> CONTEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void readTheDescriptor() throws Exception {
        try (InputStream in = WebResourceContextsTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList resources = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("web-resource");
            for (int i = 0; i < resources.getLength(); i++) {
                Element resource = (Element) resources.item(i);
                List<String> contexts = new ArrayList<>();
                NodeList nodes = resource.getElementsByTagName("context");
                for (int j = 0; j < nodes.getLength(); j++) {
                    contexts.add(nodes.item(j).getTextContent().trim());
                }
                CONTEXTS.put(resource.getAttribute("key"), contexts);
            }
        }
        assertThat(CONTEXTS).as("web-resources in the descriptor").hasSizeGreaterThan(5);
    }

    @Test
    void noWebResourceIsBoundToAContextOfEveryPageOrEveryIssueView() {
        CONTEXTS.forEach((key, contexts) ->
                assertThat(contexts).as(key).doesNotContainAnyElementsOf(BROAD_CONTEXTS));
    }

    @Test
    void theOnlyContextLeftIsTheDashboardsAndOnlyTheItemLoaderIsInIt() {
        Set<String> used = new TreeSet<>();
        CONTEXTS.values().forEach(used::addAll);
        assertThat(used).containsExactly("atl.dashboard");
        CONTEXTS.forEach((key, contexts) -> {
            if (!contexts.isEmpty()) {
                assertThat(key).as("the only web-resource in the dashboard context").isEqualTo("dashboard-item-loader");
            }
        });
    }

    @Test
    void everyWebResourceThePanelsRequireExistsAndBelongsToNoContext() {
        for (String complete : List.of(PanelWebResources.PANELS, PanelWebResources.ACTIONS,
                PanelWebResources.TIMELINE, PanelWebResources.LEARNING)) {
            assertThat(complete).startsWith(PLUGIN_KEY + ":");
            String key = complete.substring(PLUGIN_KEY.length() + 1);
            assertThat(CONTEXTS).as(complete).containsKey(key);
            assertThat(CONTEXTS.get(key)).as(complete).isEmpty();
        }
    }
}
