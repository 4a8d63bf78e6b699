package io.postmortem.sandbox.web;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;

import java.util.List;

/**
 * The sandbox's dashboard: the plugin's three accountability dashboard items, loaded as Jira would load their AMD
 * modules (through the sandbox's small define/require shim). The platform items show {@code ?platform=<slug>}, or
 * the platform the viewer leads, or the first platform.
 */
public final class DashboardsPage implements Pages.Page {

    private record Item(String id, String title, String module, boolean configurable) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("dashboard-item-platform", "Postmortem actions: platform accountability",
                    "postmortem/platform-accountability", true),
            new Item("dashboard-item-league", "Postmortem actions: platform league",
                    "postmortem/accountability-league", false),
            new Item("dashboard-item-trend", "Postmortem actions: monthly trend",
                    "postmortem/accountability-trend", true),
            new Item("dashboard-item-month", "Postmortem of the month",
                    "postmortem/postmortem-of-the-month", false),
            new Item("dashboard-item-meetings", "Upcoming postmortem meetings",
                    "postmortem/upcoming-meetings", false));

    private final ConfigurationStore configuration;

    public DashboardsPage(ConfigurationStore configuration) {
        this.configuration = configuration;
    }

    @Override
    public String render(Pages.PageRequest request) {
        String[] asked = request.parameters().get("platform");
        boolean fromQuery = asked != null && asked.length > 0 && !asked[0].isBlank();
        String platform = fromQuery ? asked[0].trim() : defaultPlatform(request.username());
        StringBuilder html = new StringBuilder(2048);
        html.append("<div id=\"pm-dashboards\" class=\"pm-dashboards\" data-platform=\"").append(Html.escape(platform))
                .append("\" data-platform-from-query=\"").append(fromQuery).append("\">");
        for (Item item : ITEMS) {
            html.append("<section class=\"pm-dashboard-item dashboard-item-frame\" id=\"").append(item.id())
                    .append("\" data-module=\"").append(item.module()).append("\" data-configurable=\"")
                    .append(item.configurable()).append("\" aria-labelledby=\"").append(item.id()).append("-title\">")
                    .append("<h2 class=\"dashboard-item-title\" id=\"").append(item.id()).append("-title\">")
                    .append(Html.escape(item.title())).append("</h2><div class=\"dashboard-item-content\"></div></section>");
        }
        // The shim first, so the plugin's dashboard web-resource (the same files Jira loads) can define its modules.
        html.append("</div><script src=\"/jira/static/sandbox/amd.js\"></script>")
                .append(PluginResources.contextTags("atl.dashboard"));
        html.append("<script src=\"/jira/static/sandbox/dashboards.js\"></script>");
        return Layout.panel("Dashboards", html.toString());
    }

    /** The platform the viewer leads, else the first platform ("" when the directory is empty). */
    String defaultPlatform(String username) {
        Directory directory = configuration.load().directory();
        return directory.platforms().stream().filter(p -> username.equals(p.lead())).findFirst()
                .or(() -> directory.platforms().stream().findFirst())
                .map(Platform::slug)
                .orElse("");
    }
}
