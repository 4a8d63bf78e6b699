package io.postmortem.sandbox.web;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.sandbox.plugin.PluginDescriptor;
import io.postmortem.testkit.velocity.TemplateI18n;

import java.util.List;

/**
 * The sandbox's dashboard: the plugin's dashboard items as its descriptor declares them (key as the element id,
 * i18n title, AMD module), loaded as Jira would load their AMD modules (through the sandbox's small define/require shim). The platform items show {@code ?platform=<slug>}, or
 * the platform the viewer leads, or the first platform.
 */
public final class DashboardsPage implements Pages.Page {

    private final ConfigurationStore configuration;

    private final List<PluginDescriptor.DashboardItem> items;
    private final TemplateI18n i18n;

    public DashboardsPage(ConfigurationStore configuration, SandboxTemplateRenderer renderer) {
        this.configuration = configuration;
        this.items = PluginDescriptor.plugin().dashboardItems();
        this.i18n = renderer.i18n();
    }

    @Override
    public String render(Pages.PageRequest request) {
        String[] asked = request.parameters().get("platform");
        boolean fromQuery = asked != null && asked.length > 0 && !asked[0].isBlank();
        String platform = fromQuery ? asked[0].trim() : defaultPlatform(request.username());
        StringBuilder html = new StringBuilder(2048);
        html.append("<div id=\"pm-dashboards\" class=\"pm-dashboards\" data-platform=\"").append(Html.escape(platform))
                .append("\" data-platform-from-query=\"").append(fromQuery).append("\">");
        for (PluginDescriptor.DashboardItem item : items) {
            String id = Html.escape(item.key());
            html.append("<section class=\"pm-dashboard-item dashboard-item-frame\" id=\"").append(id)
                    .append("\" data-module=\"").append(Html.escape(item.amdModule())).append("\" data-configurable=\"")
                    .append(item.configurable()).append("\" aria-labelledby=\"").append(id).append("-title\">")
                    .append("<h2 class=\"dashboard-item-title\" id=\"").append(id).append("-title\">")
                    .append(Html.escape(i18n.getText(item.titleKey())))
                    .append("</h2><div class=\"dashboard-item-content\"></div></section>");
        }
        // The shims first: the AMD loader, so the dashboard context's item loader (the same file Jira loads) can define
        // the items' modules, and the web-resource manager's asynchronous require, with which it loads their bundle.
        html.append("</div><script src=\"/jira/static/sandbox/amd.js\"></script>")
                .append("<script src=\"/jira/static/sandbox/wrm.js\"></script>")
                .append(PluginResources.asyncRequireMap())
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
