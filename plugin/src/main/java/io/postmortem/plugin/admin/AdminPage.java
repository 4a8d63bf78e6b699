package io.postmortem.plugin.admin;

import io.postmortem.core.config.DirectoryCsv;
import io.postmortem.core.config.FacilitatorRule;
import io.postmortem.core.config.Source;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The view model of the administration page, shared by Jira's servlet and the sandbox so both render the same
 * template. Only strings and lists of strings: the template calls no methods of ours, so Jira's Velocity method
 * allowlist needs no entries for it. Values are filled in by the page's script from the REST API.
 */
public final class AdminPage {
    public static final String TEMPLATE = "templates/admin/admin-page.vm";
    /** The web-resource module in atlassian-plugin.xml holding the page's script and styles. */
    public static final String WEB_RESOURCE = "io.postmortem.postmortem-for-jira:admin-page-resources";
    public static final String REST_PATH = "/rest/postmortem/1.0";

    private AdminPage() {
    }

    /** The Velocity context for a page served under {@code contextPath} (empty for the root, never null). */
    public static Map<String, Object> context(String contextPath) {
        Map<String, Object> context = new HashMap<>();
        context.put("contextPath", contextPath == null ? "" : contextPath);
        context.put("restBase", (contextPath == null ? "" : contextPath) + REST_PATH);
        context.put("severities", names(Severity.values()));
        context.put("priorities", names(Priority.values()));
        context.put("severitySources", List.of(Source.PRIORITY.name(), Source.CUSTOM_FIELD.name()));
        context.put("teamSources", List.of(Source.CUSTOM_FIELD.name(), Source.COMPONENTS.name(), Source.PROJECT.name()));
        context.put("facilitatorRules", names(FacilitatorRule.values()));
        context.put("daysOfWeek", names(DayOfWeek.values()));
        context.put("csvColumns", String.join(",", DirectoryCsv.COLUMNS));
        return context;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
