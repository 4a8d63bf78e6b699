package io.postmortem.sandbox.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sandbox pages load what the plugin's descriptor declares, dependencies first, each file once. */
class PluginWebResourcesTest {

    @Test
    void aPanelsWebResourceLoadsTheRestClientBeforeItsScriptsAndEachFileOnce() {
        List<String> files = PluginWebResources.plugin().forKey("io.postmortem.postmortem-for-jira:timeline-resources");

        assertThat(files).contains("js/postmortem-panels.js", "js/timeline.js", "css/postmortem-panels.css")
                .doesNotHaveDuplicates();
        int client = files.indexOf("js/postmortem-api.js");
        assertThat(client).isNotNegative();
        for (String script : List.of("js/postmortem-panels.js", "js/timeline.js")) {
            assertThat(files.indexOf(script)).as(script).isGreaterThan(client);
        }
        assertThat(files).doesNotContain("js/admin-page.js", "js/dashboard/accountability-league.js");
    }

    @Test
    void noContextPutsThePanelsScriptsOnAPageAndTheDashboardContextHoldsOnlyTheItemLoader() {
        assertThat(PluginWebResources.plugin().forContext("jira.view.issue")).isEmpty();
        assertThat(PluginWebResources.plugin().forContext("atl.dashboard")).containsExactly("js/dashboard/item-loader.js");
        assertThat(PluginWebResources.plugin().forKey("accountability-dashboard-resources")).contains(
                "js/dashboard/dashboard-support.js", "js/dashboard/accountability-league.js",
                "js/dashboard/postmortem-of-the-month.js", "css/dashboard.css");
        assertThat(PluginWebResources.plugin().forContext("no.such.context")).isEmpty();
    }
}
