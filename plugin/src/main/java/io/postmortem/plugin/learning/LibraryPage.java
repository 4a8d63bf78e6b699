package io.postmortem.plugin.learning;

import io.postmortem.core.config.Configuration;
import io.postmortem.core.shared.Severity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The view model of the library page, built the same way by Jira's servlet and the sandbox so both render the
 * same template. Only strings and lists of maps; results, the featured postmortem and nominations are
 * loaded by the page's script from the REST API.
 */
public final class LibraryPage {
    public static final String TEMPLATE = "templates/learning/library.vm";
    /** The web-resource module in atlassian-plugin.xml holding the page's script and styles. */
    public static final String WEB_RESOURCE = "io.postmortem.postmortem-for-jira:library-page-resources";
    public static final String REST_PATH = "/rest/postmortem/1.0";

    private LibraryPage() {
    }

    /** A choice of a filter: the value sent to the API and the label shown. */
    public record Option(String value, String label) {
        /** As the template reads it: a map, so Jira's Velocity method allowlist needs no entry for our types. */
        Map<String, String> asMap() {
            return Map.of("value", value, "label", label);
        }
    }

    /** The page's model, as a record so both hosts build it in one call. */
    public record Model(String contextPath, String restBase, List<Option> platforms, List<Option> teams,
                        List<Option> severities, List<Option> categories) {

        public Map<String, Object> context() {
            Map<String, Object> context = new HashMap<>();
            context.put("contextPath", contextPath);
            context.put("restBase", restBase);
            context.put("platforms", maps(platforms));
            context.put("teams", maps(teams));
            context.put("severities", maps(severities));
            context.put("categories", maps(categories));
            return context;
        }

        private static List<Map<String, String>> maps(List<Option> options) {
            return options.stream().map(Option::asMap).toList();
        }
    }

    public static Model model(String contextPath, Configuration configuration) {
        String base = contextPath == null ? "" : contextPath;
        return new Model(base, base + REST_PATH,
                configuration.directory().platforms().stream().map(p -> new Option(p.slug(), p.name()))
                        .sorted(java.util.Comparator.comparing(Option::label)).toList(),
                configuration.directory().teams().stream().map(t -> new Option(t.slug(), t.name()))
                        .sorted(java.util.Comparator.comparing(Option::label)).toList(),
                Arrays.stream(Severity.values()).map(s -> new Option(s.name(), s.name())).toList(),
                configuration.learning().rootCauseCategories().stream().map(c -> new Option(c, c)).toList());
    }

}
