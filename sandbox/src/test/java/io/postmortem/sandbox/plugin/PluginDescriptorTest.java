package io.postmortem.sandbox.plugin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox reads the modules it hosts from the plugin's own descriptor, with Jira's meaning of each element. */
class PluginDescriptorTest {
    private final PluginDescriptor descriptor = PluginDescriptor.plugin();

    @Test
    void webPanelsKeepTheirKeyLocationWeightLabelClassesAndView() {
        assertThat(descriptor.webPanels()).contains(new PluginDescriptor.WebPanel("incident-postmortem-panel",
                "atl.jira.view.issue.right.context", 50, "postmortem.panel.incident.label",
                java.util.Optional.of("io.postmortem.plugin.jira.panel.IsIncidentCondition"),
                java.util.Optional.of("io.postmortem.plugin.jira.panel.IncidentPanelContextProvider"),
                "templates/panels/incident-postmortem.vm"));
        assertThat(descriptor.webPanels()).extracting(PluginDescriptor.WebPanel::key).contains(
                "problem-ticket-panel", "incident-timeline-panel", "postmortem-document-panel");
    }

    @Test
    void servletsRestAndDashboardItemsAreTheDescriptors() {
        assertThat(descriptor.servlets()).contains(new PluginDescriptor.Servlet("postmortem-admin-servlet",
                "io.postmortem.plugin.admin.AdminPageServlet", java.util.List.of("/postmortem/admin")));
        assertThat(descriptor.restModules()).singleElement().satisfies(rest -> {
            assertThat(rest.mount()).isEqualTo("/rest/postmortem/1.0");
            assertThat(rest.packages()).containsExactly("io.postmortem.plugin.rest");
        });
        assertThat(descriptor.dashboardItems()).contains(new PluginDescriptor.DashboardItem(
                "platform-accountability-item", "postmortem.dashboard.platform.title",
                "postmortem/platform-accountability", true));
    }

    @Test
    void webItemsAreFoundBySectionAndLocation() {
        assertThat(descriptor.webItemsIn("system.top.navigation.bar")).extracting(PluginDescriptor.WebItem::linkId)
                .contains("postmortem-library-link");
        assertThat(descriptor.webItemsUnder("admin_plugins_menu")).first().satisfies(item ->
                assertThat(item.link()).isEqualTo("/plugins/servlet/postmortem/admin"));
    }
}
