package io.postmortem.sandbox.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sandbox pages load what the plugin's descriptor puts in a web-resource context, dependencies first. */
class PluginWebResourcesTest {

    @Test
    void theViewIssueContextLoadsTheRestClientBeforeEveryPanelScriptAndEachFileOnce() {
        List<String> files = PluginWebResources.plugin().forContext("jira.view.issue");

        assertThat(files).contains("js/postmortem-panels.js", "js/timeline.js", "js/actions.js", "js/related.js",
                "css/postmortem-panels.css").doesNotHaveDuplicates();
        int client = files.indexOf("js/postmortem-api.js");
        assertThat(client).isNotNegative();
        for (String script : List.of("js/postmortem-panels.js", "js/timeline.js", "js/actions.js", "js/sharing.js")) {
            assertThat(files.indexOf(script)).as(script).isGreaterThan(client);
        }
        assertThat(files).doesNotContain("js/admin-page.js", "js/dashboard/accountability-league.js");
    }

    @Test
    void theDashboardContextHoldsEveryItemsModule() {
        assertThat(PluginWebResources.plugin().forContext("atl.dashboard")).contains(
                "js/dashboard/dashboard-support.js", "js/dashboard/accountability-league.js",
                "js/dashboard/postmortem-of-the-month.js", "css/dashboard.css");
        assertThat(PluginWebResources.plugin().forContext("no.such.context")).isEmpty();
    }
}
