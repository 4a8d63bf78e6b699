package io.postmortem.sandbox.web;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Team;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.TicketStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's scripts and styles reach only pages that show its panels or dashboard items, as the descriptor and the
 * panels' context providers decide (the sandbox reads both): an issue that is not ours and the issue search
 * load none of them; each issue of ours loads what its panels require; a dashboard loads only the item loader.
 */
@UsesSandbox
class WebResourcesWherePanelsShowTest {
    private final Sandbox sandbox;
    private final Http http;

    WebResourcesWherePanelsShowTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void anIssueThatIsNotOursLoadsNoneOfThePluginsFiles() {
        Team team = sandbox.bean(ConfigurationStore.class).load().directory().teams().getFirst();
        Issue bug = sandbox.bean(TicketStore.class).create(new NewIssue(team.projectKey(), "Bug",
                "The checkout button is misaligned", "Seen on narrow screens.", "Low", "admin", null, Map.of(),
                sandbox.bean(SandboxClock.class).instant()));

        Document page = page("/browse/" + bug.key());

        assertThat(page.getElementById("summary-val").text()).isEqualTo("The checkout button is misaligned");
        assertThat(page.select(".module").eachAttr("id")).doesNotContain("incident-postmortem-panel",
                "incident-timeline-panel", "postmortem-document-panel", "problem-ticket-panel");
        assertThat(pluginFiles(page)).isEmpty();
    }

    @Test
    void pagesWithoutPanelsLoadNoneOfThePluginsFiles() {
        assertThat(pluginFiles(page("/issues/?jql=project%20%3D%20INC"))).isEmpty();
    }

    @Test
    void eachIssueOfOursLoadsWhatItsPanelsRequireEachFileOnce() {
        Postmortem postmortem = sandbox.bean(AoPostmortemRepository.class).all().getFirst();
        Action action = sandbox.bean(AoActionRepository.class).find(ActionFilter.any()).stream()
                .filter(a -> a.problemKey() != null).findFirst().orElseThrow();

        List<String> incident = pluginFiles(page("/browse/" + postmortem.incidentKey()));
        List<String> document = pluginFiles(page("/browse/" + postmortem.key()));
        List<String> problem = pluginFiles(page("/browse/" + action.problemKey()));

        for (List<String> files : List.of(incident, document)) {
            assertThat(files).contains("js/postmortem-api.js", "js/postmortem-panels.js", "js/timeline.js",
                    "js/actions.js", "css/postmortem-panels.css").doesNotHaveDuplicates();
            // The REST client before every panel script that uses it.
            assertThat(files.indexOf("js/postmortem-api.js")).isLessThan(files.indexOf("js/timeline.js"))
                    .isLessThan(files.indexOf("js/actions.js"));
        }
        assertThat(incident).contains("js/related.js");
        assertThat(document).contains("js/sharing.js");
        assertThat(problem).contains("js/postmortem-api.js", "css/postmortem-panels.css")
                .doesNotContain("js/timeline.js", "js/actions.js", "js/related.js");
        for (List<String> files : List.of(incident, document, problem)) {
            assertThat(files).doesNotContain("js/dashboard/item-loader.js", "js/dashboard/accountability-league.js",
                    "js/admin-page.js", "js/library.js");
        }
    }

    @Test
    void aDashboardLoadsOnlyTheItemLoaderAndItsItemsFetchTheirBundle() {
        Document page = page("/secure/Dashboard.jspa");

        assertThat(pluginFiles(page)).containsExactly("js/dashboard/item-loader.js");
        // The bundle the loader asks for when an item is drawn: the descriptor's web-resource, dependencies first.
        String map = page.getElementById("sandbox-web-resources").data();
        assertThat(map).contains("\"io.postmortem.postmortem-for-jira:accountability-dashboard-resources\":[")
                .contains(PluginResources.url("js/dashboard/accountability-league.js"));
    }

    private Document page(String path) {
        Http.Answer answer = http.get("admin", path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    /** The plugin's files the page loads by tag, as paths inside the plugin (e.g. {@code js/timeline.js}). */
    private static List<String> pluginFiles(Document page) {
        return page.select("script[src], link[rel=stylesheet][href]").stream()
                .map(tag -> tag.hasAttr("src") ? tag.attr("src") : tag.attr("href"))
                .filter(url -> url.startsWith(PluginResources.PREFIX))
                .map(url -> url.substring(PluginResources.PREFIX.length()))
                .toList();
    }
}
