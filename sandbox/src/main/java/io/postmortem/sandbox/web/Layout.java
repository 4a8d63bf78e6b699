package io.postmortem.sandbox.web;

import io.postmortem.core.people.Person;
import io.postmortem.sandbox.plugin.PluginDescriptor;
import io.postmortem.testkit.velocity.TemplateI18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Jira's page frame, drawn with AUI: the header with navigation and the user, then the page's content. */
public final class Layout {
    private static final String TOP_NAVIGATION = "system.top.navigation.bar";
    private static final String ADMIN_MENU = "admin_plugins_menu";
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.plugin();
    private static final TemplateI18n I18N = TemplateI18n.fromClasspath(Layout.class.getClassLoader(),
            io.postmortem.testkit.velocity.TemplateRenderer.DEFAULT_I18N, Locale.UK, false);
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.UK);

    private Layout() {
    }

    /** Who is looking, for the header: empty user on the login page. */
    public record Viewer(Person person, boolean administrator) {
        public ZoneId zone() {
            return person == null ? ZoneId.of("Europe/London") : person.timeZone();
        }
    }

    public static String page(String title, Viewer viewer, String active, String content) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append(" - Jira (Postmortem sandbox)</title>")
                .append("<link rel=\"stylesheet\" href=\"/jira/static/aui/aui-prototyping.css\">")
                .append("<link rel=\"stylesheet\" href=\"/jira/static/sandbox/sandbox.css\">")
                .append("<script src=\"/jira/static/jquery/jquery.min.js\"></script>")
                .append("<script src=\"/jira/static/aui/aui-prototyping.js\"></script>")
                .append("</head><body class=\"aui-layout aui-theme-default\" data-context-path=\"/jira\"><div id=\"page\">")
                .append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"site\">")
                .append("<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\">")
                .append("<a href=\"/jira/secure/Dashboard.jspa\"><span class=\"aui-header-logo-device\">Jira</span></a>")
                .append("</span>");
        if (viewer.person() != null) {
            html.append("<ul class=\"aui-nav\" id=\"main-nav\">");
            nav(html, active, Pages.DASHBOARDS, "nav-dashboards", "Dashboards");
            // The plugin's web items in Jira's top navigation bar, then Jira's administration menu, where the
            // plugin's admin items are (the sandbox opens the first one).
            for (PluginDescriptor.WebItem item : DESCRIPTOR.webItemsIn(TOP_NAVIGATION)) {
                nav(html, active, item.link(), item.linkId(), I18N.getText(item.labelKey()));
            }
            if (viewer.administrator()) {
                DESCRIPTOR.webItemsUnder(ADMIN_MENU).stream().findFirst().ifPresent(item ->
                        nav(html, active, item.link(), "nav-administration", "Administration"));
            }
            nav(html, active, Pages.OUTBOX, "nav-outbox", "Outbox");
            html.append("</ul>");
        }
        html.append("</div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\">")
                .append("<li><span class=\"aui-lozenge aui-lozenge-moved sandbox-badge\">Sandbox</span></li>");
        if (viewer.person() != null) {
            html.append("<li><span id=\"header-user\" title=\"").append(Html.escape(viewer.person().username()))
                    .append(" (").append(Html.escape(viewer.zone().getId())).append(")\">")
                    .append(Html.escape(viewer.person().displayName())).append("</span></li>")
                    .append("<li><a id=\"log-out\" href=\"/jira/logout\">Log out</a></li>");
        }
        html.append("</ul></div></div></nav></header>")
                .append("<section id=\"content\" role=\"main\">").append(content).append("</section>")
                .append("<footer id=\"footer\" role=\"contentinfo\"><section class=\"footer-body\">")
                .append("Postmortem for Jira sandbox: the plugin's own code over a demo organisation.")
                .append("</section></footer></div></body></html>");
        return html.toString();
    }

    /** A page-panel with a header, the usual frame of a Jira page's content. */
    public static String panel(String heading, String body) {
        return "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">"
                + "<h1>" + Html.escape(heading) + "</h1></div></div></header>"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">"
                + body + "</section></div></div>";
    }

    public static String time(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return "<time datetime=\"" + instant + "\" title=\"" + Html.escape(zone.getId()) + "\">"
                + Html.escape(JIRA_TIME.format(instant.atZone(zone))) + "</time>";
    }

    /** A navigation entry; {@code active} is the current page's path under /jira. */
    private static void nav(StringBuilder html, String active, String path, String id, String label) {
        html.append("<li").append(path.equals(active) ? " class=\"aui-nav-selected\"" : "").append(">")
                .append("<a id=\"").append(id).append("\" href=\"/jira").append(path).append("\">")
                .append(Html.escape(label)).append("</a></li>");
    }
}
