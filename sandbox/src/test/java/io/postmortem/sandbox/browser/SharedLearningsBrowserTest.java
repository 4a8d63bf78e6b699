package io.postmortem.sandbox.browser;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.learning.PublishedPostmortems;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.SandboxFields;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.postmortem.sandbox.browser.Eventually.holds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing the learnings of a published postmortem: the mail to the impacted teams, the library (search as you
 * type, filters, nomination, votes, the postmortem of the month), "have we seen this before?" on a later incident
 * on the same component, and the document's exports, "share widely" and tags.
 */
@UsesSandbox
@UsesBrowser
class SharedLearningsBrowserTest {
    private static final String API = "/rest/postmortem/1.0";
    private static final List<String> MARKDOWN_HEADINGS = List.of("## Summary", "## Impact",
            "## Root causes and trigger analysis", "## Trigger", "## Detection", "## Resolution", "## What went well",
            "## What went wrong", "## Where we got lucky", "## Supporting links", "## Root causes", "## Meeting",
            "## Actions");

    private final Sandbox sandbox;
    private final WebDriver browser;
    private final Http http;
    private final PublishedPostmortems postmortems;

    SharedLearningsBrowserTest(Sandbox sandbox, WebDriver browser) {
        this.sandbox = sandbox;
        this.browser = browser;
        this.http = new Http(sandbox.baseUrl());
        this.postmortems = new PublishedPostmortems(sandbox.context());
    }

    @Test
    void aPublishedPostmortemIsMailedFoundInTheLibraryRelatedToALaterIncidentAndExported() {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        String word = PublishedPostmortems.uniqueWord("quor");
        String component = "ledger-" + PublishedPostmortems.uniqueWord("");
        RootCause poolCause = new RootCause("Connection pool " + word + " exhausted by a retry storm", "dependency");
        PublishedPostmortems.Spec ledgerSpec = new PublishedPostmortems.Spec("Ledger writes timing out", "P3",
                "card-processing", List.of("billing"), component, now.minus(10, ChronoUnit.DAYS), poolCause,
                List.of("Add a circuit breaker to the ledger client", "Alert on connection pool saturation"));
        long lastMailBefore = sandbox.bean(Outbox.class).mail().stream().mapToLong(Outbox.SentMail::id).max().orElse(0);
        PublishedPostmortems.Published ledger = postmortems.publish(ledgerSpec);
        PublishedPostmortems.Published other = postmortems.publish(new PublishedPostmortems.Spec(
                "Checkout basket emptied", "P4", "checkout", List.of(), "basket-" + PublishedPostmortems.uniqueWord(""),
                now.minus(9, ChronoUnit.DAYS), new RootCause("Deploy script skipped the " + word + " migration", "change"),
                List.of()));

        // Publishing mailed every member of each impacted team (and their Platform Leads) exactly once.
        String subject = "[Postmortem published] P3 " + ledger.incidentKey() + ": Ledger writes timing out";
        List<Outbox.SentMail> published = sandbox.bean(Outbox.class).mail().stream()
                .filter(mail -> mail.id() > lastMailBefore && mail.subject().equals(subject)).toList();
        Map<String, Long> mailsPerRecipient = published.stream().flatMap(mail -> mail.to().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> members = teamMembers(List.of("card-processing", "billing"));
        assertThat(members).contains("dev-card-processing", "dev-billing");
        assertThat(mailsPerRecipient.keySet()).containsAll(members).containsAll(leadsOf(List.of("card-processing", "billing")));
        assertThat(mailsPerRecipient.values()).allMatch(count -> count == 1);
        assertThat(published).allMatch(mail -> mail.body().contains(ledger.postmortemKey()));

        // One of its actions is done by the time the same component fails again.
        sandbox.bean(TicketWorkflow.class).transition(ledger.actionKeys().get(0), SandboxFields.DONE, "dev-card-processing");

        // The library finds both by a root-cause word as it is typed; the team filter narrows to one.
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-billing");
        browser.get(sandbox.baseUrl() + "/plugins/servlet/postmortem/library");
        WebElement search = browser.findElement(By.id("postmortem-library-q"));
        search.sendKeys(word.substring(0, 7));
        holds("both postmortems are found", () -> resultKeys().equals(List.of(ledger.postmortemKey(), other.postmortemKey()))
                || resultKeys().equals(List.of(other.postmortemKey(), ledger.postmortemKey())));
        WebElement first = result(ledger.postmortemKey());
        assertThat(first.findElement(By.cssSelector("h3 a")).getAttribute("href"))
                .isEqualTo(sandbox.baseUrl() + "/browse/" + ledger.postmortemKey());
        assertThat(first.getText()).contains(poolCause.description(), "dependency");
        SharedBrowser.screenshot(browser, "library-search-as-you-type");
        choose(browser.findElement(By.name("team")), "card-processing");
        holds("the team filter leaves one", () -> resultKeys().equals(List.of(ledger.postmortemKey())));
        SharedBrowser.screenshot(browser, "library-filtered-by-team");

        // Nominated and voted for from the library.
        result(ledger.postmortemKey()).findElement(By.cssSelector("button.aui-button-link")).click();
        WebElement reason = result(ledger.postmortemKey()).findElement(By.name("reason"));
        reason.sendKeys("A clear account of a retry storm, with actions that stop the next one.");
        result(ledger.postmortemKey()).findElement(By.cssSelector(".postmortem-library-nominate-form button")).click();
        holds("the nomination is listed", () -> nominationText(ledger.postmortemKey()).contains("0 votes"));
        nomination(ledger.postmortemKey()).findElement(By.tagName("button")).click();
        holds("the vote is counted", () -> nominationText(ledger.postmortemKey()).contains("1 votes"));
        assertThat(browser.findElement(By.id("postmortem-library-message")).getText()).isEqualTo("Your vote is counted.");
        SharedBrowser.screenshot(browser, "library-nominated-and-voted");

        // The document: exports, "share widely" for the facilitator (MIM), tags.
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/browse/" + ledger.postmortemKey());
        WebElement sharing = browser.findElement(By.id("pm-sharing"));
        holds("the sharing controls load", () -> "true".equals(sharing.getAttribute("data-loaded")));
        assertThat(sharing.findElements(By.cssSelector("a.pm-export")).stream().map(a -> a.getAttribute("href")).toList())
                .containsExactly(exportUrl(ledger.postmortemKey(), "markdown"), exportUrl(ledger.postmortemKey(), "confluence"),
                        exportUrl(ledger.postmortemKey(), "html"));
        WebElement widely = sharing.findElement(By.className("pm-share-widely"));
        assertThat(widely.isDisplayed()).isTrue();
        assertThat(widely.isSelected()).isFalse();
        widely.click();
        holds("sharing widely is saved", () -> marks("mim", ledger.postmortemKey()).path("shareWidely").asBoolean());
        sharing.findElement(By.className("pm-tag-input")).sendKeys("Connection-Pool");
        sharing.findElement(By.className("pm-tag-add")).click();
        holds("the tag is shown", () -> sharing.findElements(By.cssSelector(".pm-tag[data-tag='connection-pool']")).size() == 1);
        assertThat(marks("mim", ledger.postmortemKey()).path("tags").get(0).asText()).isEqualTo("connection-pool");
        assertThat(libraryKeys("dev-billing", "?tag=connection-pool")).containsExactly(ledger.postmortemKey());
        SharedBrowser.screenshot(browser, "postmortem-sharing");

        // An engineer outside the steering sees exports but not the switch.
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-billing");
        browser.get(sandbox.baseUrl() + "/browse/" + ledger.postmortemKey());
        WebElement readOnly = browser.findElement(By.id("pm-sharing"));
        holds("the sharing controls load", () -> "true".equals(readOnly.getAttribute("data-loaded")));
        assertThat(readOnly.findElement(By.className("pm-share-widely")).isDisplayed()).isFalse();

        // MIM nominates the other postmortem from its document; a second vote by the same person this month is refused.
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "mim");
        browser.get(sandbox.baseUrl() + "/browse/" + other.postmortemKey());
        browser.findElement(By.className("pm-nominate")).click();
        browser.findElement(By.className("pm-nominate-reason")).sendKeys("Short and honest about the deploy script.");
        browser.findElement(By.className("pm-nominate-submit")).click();
        holds("nominated", () -> browser.findElement(By.className("pm-sharing-message")).getText().startsWith("Nominated"));
        long otherNomination = nominationId(other.postmortemKey());
        assertThat(http.post("sre", API + "/nominations/" + otherNomination + "/votes", null).status()).isEqualTo(201);
        Http.Answer secondVote = http.post("dev-billing", API + "/nominations/" + otherNomination + "/votes", null);
        assertThat(secondVote.status()).isEqualTo(409);
        assertThat(secondVote.json().path("message").asText()).contains("already voted");
        assertThat(http.post("dev-billing", API + "/nominations/" + nominationId(ledger.postmortemKey()) + "/votes", null)
                .status()).isEqualTo(409);

        // MIM confirms the winner; the library features it.
        String month = java.time.YearMonth.from(sandbox.bean(SandboxClock.class).instant().atZone(sandbox
                .bean(ConfigurationStore.class).load().policies().calendar().zone())).toString();
        assertThat(http.post("mim", API + "/months/" + month + "/winner",
                "{\"postmortemKey\":\"" + ledger.postmortemKey() + "\"}").status()).isEqualTo(200);
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-billing");
        browser.get(sandbox.baseUrl() + "/plugins/servlet/postmortem/library");
        WebElement featured = browser.findElement(By.id("postmortem-library-featured"));
        holds("the postmortem of the month is featured", () -> featured.isDisplayed()
                && featured.getText().contains(ledger.postmortemKey()));
        SharedBrowser.screenshot(browser, "library-postmortem-of-the-month");

        // A later incident on the same component, whose cause recurs: its panel shows the earlier postmortem.
        Issue later = postmortems.raise(new PublishedPostmortems.Spec("Ledger writes failing again", "P3", "checkout",
                List.of(), component, now.minus(1, ChronoUnit.HOURS), poolCause, List.of()));
        postmortems.draft(later.key(), new PublishedPostmortems.Spec("Ledger writes failing again", "P3", "checkout",
                List.of(), component, now.minus(1, ChronoUnit.HOURS), poolCause, List.of()));
        SharedBrowser.logInAs(browser, sandbox.baseUrl(), "dev-checkout");
        browser.get(sandbox.baseUrl() + "/browse/" + later.key());
        WebElement related = browser.findElement(By.id("pm-related-" + later.key()));
        holds("the earlier postmortem is listed", () -> !related.findElements(
                By.cssSelector(".pm-related-item[data-postmortem-key='" + ledger.postmortemKey() + "']")).isEmpty());
        WebElement earlier = related.findElement(By.cssSelector(".pm-related-item[data-postmortem-key='" + ledger.postmortemKey() + "']"));
        assertThat(related.findElements(By.className("pm-related-item")).get(0)).isEqualTo(earlier);
        assertThat(earlier.findElement(By.className("pm-related-shared-components")).getText()).contains(component);
        assertThat(earlier.findElement(By.className("pm-related-recurrence-flag")).getText()).isEqualToIgnoringCase("Recurrence");
        assertThat(earlier.findElement(By.className("pm-related-did-not-prevent")).isDisplayed()).isTrue();
        List<WebElement> actions = earlier.findElements(By.className("pm-related-action"));
        assertThat(actions).hasSize(2);
        WebElement done = earlier.findElement(By.cssSelector(".pm-related-action[data-action-key='" + ledger.actionKeys().get(0) + "']"));
        WebElement open = earlier.findElement(By.cssSelector(".pm-related-action[data-action-key='" + ledger.actionKeys().get(1) + "']"));
        assertThat(done.getText()).startsWithIgnoringCase("Done").contains("Add a circuit breaker to the ledger client");
        assertThat(open.getText()).startsWithIgnoringCase("Open").contains("Alert on connection pool saturation");
        SharedBrowser.screenshot(browser, "incident-related-postmortems");

        // The Markdown export holds every section heading; the print-ready page opens in the browser.
        Http.Answer markdown = http.get("dev-checkout", API + "/postmortems/" + ledger.postmortemKey() + "/export?format=markdown");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
        for (String heading : MARKDOWN_HEADINGS) {
            assertThat(markdown.body()).as(heading).containsPattern("(?m)^" + java.util.regex.Pattern.quote(heading) + "$");
        }
        assertThat(markdown.body()).contains(poolCause.description(), "Add a circuit breaker to the ledger client");
        browser.get(exportUrl(ledger.postmortemKey(), "html"));
        assertThat(browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList())
                .contains("Summary", "Impact", "Root causes", "Actions");
        SharedBrowser.screenshot(browser, "postmortem-print-ready-export");
    }

    private String exportUrl(String postmortemKey, String format) {
        return sandbox.baseUrl() + API + "/postmortems/" + postmortemKey + "/export?format=" + format;
    }

    private JsonNode marks(String user, String postmortemKey) {
        return http.get(user, API + "/postmortems/" + postmortemKey + "/learning").json();
    }

    private List<String> libraryKeys(String user, String query) {
        JsonNode results = http.get(user, API + "/library" + query).json().path("results");
        return java.util.stream.StreamSupport.stream(results.spliterator(), false)
                .map(hit -> hit.path("postmortemKey").asText()).toList();
    }

    private long nominationId(String postmortemKey) {
        for (JsonNode nomination : http.get("mim", API + "/nominations").json().path("nominations")) {
            if (nomination.path("postmortemKey").asText().equals(postmortemKey)) {
                return nomination.path("id").asLong();
            }
        }
        throw new AssertionError("no nomination of " + postmortemKey);
    }

    private List<String> resultKeys() {
        return browser.findElements(By.cssSelector("#postmortem-library-results .postmortem-library-result")).stream()
                .map(item -> item.getAttribute("data-postmortem-key")).toList();
    }

    private WebElement result(String postmortemKey) {
        return browser.findElement(By.cssSelector(
                "#postmortem-library-results .postmortem-library-result[data-postmortem-key='" + postmortemKey + "']"));
    }

    private WebElement nomination(String postmortemKey) {
        return browser.findElement(By.cssSelector(
                "#postmortem-library-nominations li[data-postmortem-key='" + postmortemKey + "']"));
    }

    private String nominationText(String postmortemKey) {
        return nomination(postmortemKey).getText();
    }

    private Set<String> teamMembers(List<String> teams) {
        Configuration configuration = sandbox.bean(ConfigurationStore.class).load();
        Set<String> members = new LinkedHashSet<>();
        for (String slug : teams) {
            Team team = configuration.directory().team(slug).orElseThrow();
            members.addAll(sandbox.bean(SandboxPeople.class).membersOf(team.group()));
        }
        return members;
    }

    private Set<String> leadsOf(List<String> teams) {
        Configuration configuration = sandbox.bean(ConfigurationStore.class).load();
        return teams.stream().map(slug -> configuration.directory().platformOfTeam(slug).orElseThrow())
                .map(Platform::lead).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void choose(WebElement select, String value) {
        select.findElement(By.cssSelector("option[value='" + value + "']")).click();
        assertThat(select.getAttribute("value")).isEqualTo(value);
    }
}
