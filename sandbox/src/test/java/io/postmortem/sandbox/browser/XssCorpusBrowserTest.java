package io.postmortem.sandbox.browser;

import io.postmortem.sandbox.host.SandboxClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.postmortem.Section;
import io.postmortem.plugin.rest.Json;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of XSS payloads written into every free-text field a person fills in (incident summary, every section,
 * root causes, the meeting's location, timeline entries, actions, ideas, tags, acknowledgements, nominations), then
 * every page and export that shows them opened in Chromium: no payload runs ({@code window.__xss} stays unset) and
 * none of its markup is live ({@code [data-xss]} matches no element), while its text is on the page, so the check
 * is not passing on an empty page.
 */
@UsesSandbox
@UsesBrowser
class XssCorpusBrowserTest {
    private static final String API = "/rest/postmortem/1.0";
    /** Each vector sets window.__xss when it runs and carries data-xss when its markup is live. */
    private static final List<String> VECTORS = List.of(
            "<script>window.__xss='script'</script>",
            "<img data-xss src=x onerror=\"window.__xss='img'\">",
            "\"><svg data-xss onload=\"window.__xss='svg'\">",
            "'><iframe data-xss srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>",
            "</textarea></title><b data-xss>bold</b>",
            "<a data-xss href=\"javascript:window.__xss='link'\">link</a>",
            "{{constructor.constructor('window.__xss=\"template\"')()}}",
            "<details data-xss open ontoggle=\"window.__xss='details'\">");
    private static final String MARKER = "xss-corpus";

    private final Sandbox sandbox;
    private final WebDriver browser;
    private final Http http;

    XssCorpusBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
        this.http = new Http(sandbox.baseUrl());
    }

    /** Every vector, tagged so the page can be searched for it. */
    private static String payload(int field) {
        return MARKER + field + " " + String.join(" ", VECTORS);
    }

    /** For fields with a short limit (summaries, names): the two vectors that matter most. */
    private static String shortPayload(int field) {
        return MARKER + field + " <img data-xss src=x onerror=window.__xss=1><script>window.__xss=2</script>";
    }

    @Test
    void noPayloadRunsOrBecomesMarkupOnAnyPageOrExport() {
        int field = 0;
        String started = sandbox.bean(SandboxClock.class).instant().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        Http.Answer raised = http.post("mim", "/rest/sandbox/1.0/incidents", Json.write(Map.of(
                "summary", shortPayload(field++), "severity", "P2", "team", "checkout", "impactedTeams", List.of("checkout"),
                "startedAt", started, "detectedAt", started)));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String incident = raised.json().get("key").asText();
        assertThat(http.post("mim", "/rest/sandbox/1.0/incidents/" + incident + "/resolve", "{}").status()).isEqualTo(200);
        String postmortem = http.get("mim", API + "/incidents/" + incident + "/postmortem").json().get("key").asText();

        Map<String, Object> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section.name().toLowerCase(java.util.Locale.ROOT), payload(field++));
        }
        ok(http.send("dev-checkout", "PUT", API + "/postmortems/" + postmortem, Json.write(Map.of("sections", sections,
                "rootCauses", List.of(Map.of("description", payload(field++), "category", shortPayload(field++))),
                "noActionsReason", payload(field++)))));
        ok(http.send("dev-checkout", "PUT", API + "/postmortems/" + postmortem + "/meeting", Json.write(Map.of(
                "start", "2030-01-15T10:00:00Z", "durationMinutes", 30, "location", shortPayload(field++)))));
        ok(http.post("dev-checkout", API + "/incidents/" + incident + "/timeline", Json.write(Map.of("at", started,
                "team", "checkout", "kind", "NOTE", "text", payload(field++),
                "evidence", "https://grafana.example.com/d/x'onmouseover='window.__xss=9'?q=%22%3E%3Cscript%3E"))));
        JsonNode action = ok(http.post("mim", API + "/postmortems/" + postmortem + "/actions", Json.write(Map.of(
                "summary", shortPayload(field++), "description", payload(field++), "type", "PREVENT", "team", "checkout",
                "priority", "MEDIUM", "requestId", UUID.randomUUID().toString()))));
        ok(http.post("dev-checkout", API + "/postmortems/" + postmortem + "/ideas", Json.write(Map.of(
                "summary", shortPayload(field++), "description", payload(field++)))));
        // Tags may refuse markup characters; whatever they keep is on the pages below.
        http.send("dev-checkout", "PUT", API + "/postmortems/" + postmortem + "/tags", Json.write(Map.of(
                "tags", List.of("<img data-xss src=x onerror=window.__xss='tag'>"))));
        http.post("dev-checkout", API + "/postmortems/" + postmortem + "/blameless/acknowledgements", Json.write(Map.of(
                "rule", "blame", "quotedText", payload(field++), "reason", payload(field++))));

        List<String> pages = new ArrayList<>(List.of("/browse/" + incident, "/browse/" + postmortem,
                "/secure/Outbox.jspa", "/secure/Dashboard.jspa", "/plugins/servlet/postmortem/library",
                API + "/postmortems/" + postmortem + "/export?format=html"));
        String problem = action.path("problemKey").asText("");
        if (!problem.isEmpty()) {
            pages.add("/browse/" + problem);
        }
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        List<String> shown = new ArrayList<>();
        for (String page : pages) {
            browser.get(sandbox.baseUrl() + page);
            boolean showsPayload = showsPayloadText();
            if (showsPayload) {
                shown.add(page);
            }
            assertThat(script("return window.__xss === undefined ? null : String(window.__xss)")).as(page).isNull();
            assertThat(script("return document.querySelectorAll('[data-xss]').length")).as(page).isEqualTo(0L);
            assertThat(script("return Array.from(document.querySelectorAll('a[href]')).filter(a => "
                    + "a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length")).as(page).isEqualTo(0L);
        }
        assertThat(shown).as("pages that show the payloads as text").contains("/browse/" + incident,
                "/browse/" + postmortem, API + "/postmortems/" + postmortem + "/export?format=html");

        for (String format : List.of("markdown", "confluence")) {
            String export = http.get("mim", API + "/postmortems/" + postmortem + "/export?format=" + format).body();
            assertThat(export).as(format).contains(MARKER).doesNotContain("<script").doesNotContain("<img")
                    .doesNotContain("<svg").doesNotContain("<iframe").doesNotContain("<b data-xss");
        }
    }

    /** Waits for the page's scripts to render the payloads' text; false when the page does not show them at all. */
    private boolean showsPayloadText() {
        long until = System.currentTimeMillis() + 4_000;
        while (System.currentTimeMillis() < until) {
            Object text = script("return document.body ? document.body.innerText : ''");
            if (text instanceof String s && s.contains(MARKER) && s.contains("data-xss")) {
                return true;
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static JsonNode ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
        return answer.json();
    }
}
