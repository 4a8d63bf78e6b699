package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.action.AoIdeaRepository;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.plugin.persistence.timeline.AoTimelineRepository;
import io.postmortem.sandbox.db.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.blameless.BlamelessReviewer;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.TicketStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's postmortems, timelines, actions, ideas and library, as the product's stores and REST API see them. */
@UsesSandbox
class DemoHistoryTest {
    private final Sandbox sandbox;
    private final Instant end;
    private final LocalDate today;

    DemoHistoryTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.end = Instant.parse(sandbox.bean(Settings.class).get("demo.loadedAt").orElseThrow());
        this.today = sandbox.bean(ConfigurationStore.class).load().policies().calendar().dayOf(end);
    }

    private List<Postmortem> demoPostmortems() {
        return sandbox.bean(AoPostmortemRepository.class).all().stream().filter(p -> p.createdAt().isBefore(end)).toList();
    }

    private List<Action> demoActions() {
        return sandbox.bean(AoActionRepository.class).find(ActionFilter.any()).stream()
                .filter(a -> a.requestId().startsWith("demo-")).toList();
    }

    @Test
    void everyResolvedP1ToP3IncidentHasExactlyOnePostmortemLinkedFromThePostmortemProject() {
        List<Incident> major = DemoIncidents.load(sandbox.context()).values().stream()
                .filter(i -> i.createdAt().isBefore(end) && i.isResolved() && i.resolvedAt().isBefore(end))
                .filter(i -> i.severity().ordinal() <= 2).toList();
        Map<String, Long> perIncident = demoPostmortems().stream()
                .collect(Collectors.groupingBy(Postmortem::incidentKey, Collectors.counting()));

        assertThat(major).hasSizeGreaterThan(150);
        assertThat(major).allSatisfy(i -> assertThat(perIncident.get(i.key())).as(i.key()).isEqualTo(1L));
        assertThat(perIncident.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        Postmortem any = demoPostmortems().get(17);
        Issue issue = sandbox.bean(TicketStore.class).get(any.key());
        assertThat(issue.projectKey()).isEqualTo("PM");
        assertThat(issue.type()).isEqualTo(SandboxFields.POSTMORTEM);
        assertThat(sandbox.bean(TicketStore.class).links(any.key())).anySatisfy(link -> {
            assertThat(link.fromKey()).isEqualTo(any.key());
            assertThat(link.toKey()).isEqualTo(any.incidentKey());
            assertThat(link.type()).isEqualTo("reviews");
        });
        assertThat(demoPostmortems()).anySatisfy(p -> assertThat(p.severity().name()).isEqualTo("P4"));
    }

    @Test
    void oldPostmortemsArePublishedRecentOnesInReviewOrDraftAndOnlyAHandfulAreOverdue() {
        List<Postmortem> postmortems = demoPostmortems();
        Map<PostmortemStatus, Long> byStatus = postmortems.stream()
                .collect(Collectors.groupingBy(Postmortem::status, Collectors.counting()));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(PostmortemStatus.values());
        List<Postmortem> old = postmortems.stream().filter(p -> p.createdAt().isBefore(end.minusSeconds(90L * 86400))).toList();
        assertThat(old.stream().filter(Postmortem::isPublished).count()).isGreaterThan(old.size() * 9L / 10);
        List<Postmortem> overdue = postmortems.stream().filter(p -> p.isOverdue(today)).toList();
        assertThat(overdue).hasSizeBetween(1, PostmortemHistoryStep.MAX_OVERDUE);
        assertThat(overdue).allSatisfy(p -> assertThat(p.createdAt()).isAfter(end.minusSeconds(30L * 86400)));
        // Most meetings on time, some late, judged as the dashboards do: held on or before the due date.
        List<Postmortem> held = postmortems.stream().filter(p -> p.heldAt() != null).toList();
        long late = held.stream().filter(p -> sandbox.bean(ConfigurationStore.class).load().policies().calendar()
                .dayOf(p.heldAt()).isAfter(p.dueDate())).count();
        assertThat(late).isPositive().isLessThan(held.size() / 3);
        assertThat(postmortems).filteredOn(Postmortem::isPublished).allSatisfy(p -> {
            assertThat(p.rootCauses()).isNotEmpty();
            assertThat(p.heldAt()).isBefore(p.publishedAt());
            assertThat(p.publishedAt()).isBefore(end);
        });
        assertThat(sandbox.bean(AoPostmortemRepository.class).revisions(postmortems.get(0).key())).isNotEmpty();
    }

    @Test
    void rootCausesUseTheTaxonomyAndRecurAcrossPostmortems() {
        List<RootCause> causes = demoPostmortems().stream().flatMap(p -> p.rootCauses().stream()).toList();
        Set<String> taxonomy = Set.of("change", "configuration", "capacity", "dependency", "code-defect", "data",
                "process", "unknown");
        assertThat(causes).allSatisfy(c -> assertThat(taxonomy).contains(c.category()));
        assertThat(causes.stream().map(RootCause::category).distinct()).hasSize(taxonomy.size());
        Map<String, Long> wording = causes.stream().collect(Collectors.groupingBy(RootCause::description, Collectors.counting()));
        assertThat(wording.values().stream().filter(n -> n > 1).count()).isGreaterThan(10);
        assertThat(wording.size()).isGreaterThan(60);
    }

    @Test
    void publishedPostmortemsReadBlameless() {
        BlamelessReviewer reviewer = BlamelessReviewer.english();
        Set<String> names = new HashSet<>();
        sandbox.bean(AoPostmortemRepository.class).all().stream().filter(Postmortem::isPublished).limit(80)
                .forEach(p -> p.sections().forEach((section, text) ->
                        assertThat(reviewer.review(text, names)).as(p.key() + " " + section + ": " + text).isEmpty()));
    }

    @Test
    void timelinesHaveMilestonesByTheOwningAndImpactedTeams() {
        long withTimeline = 0;
        for (Postmortem postmortem : demoPostmortems().subList(0, 60)) {
            var entries = sandbox.bean(AoTimelineRepository.class).entriesOf(postmortem.incidentKey());
            if (entries.isEmpty()) {
                continue;
            }
            withTimeline++;
            Incident incident = sandbox.bean(IncidentTickets.class).find(postmortem.incidentKey()).orElseThrow();
            assertThat(entries).extracting(e -> e.kind().name())
                    .contains("IMPACT_STARTED", "DETECTED", "MITIGATED", "RESOLVED", "OBSERVATION");
            assertThat(entries).allSatisfy(e -> {
                assertThat(incident.allTeams()).contains(e.team());
                assertThat(e.author()).isEqualTo("dev-" + e.team());
            });
        }
        assertThat(withTimeline).isBetween(25L, 59L);
    }

    @Test
    void actionsAreInEveryStateAndSomeAreOverdue() {
        List<Action> actions = demoActions();
        assertThat(actions.stream().map(Action::status).distinct()).containsExactlyInAnyOrder(ActionStatus.values());
        assertThat(actions.stream().filter(a -> a.isOverdue(today)).count()).isGreaterThan(30);
        assertThat(actions).filteredOn(a -> a.status() == ActionStatus.DONE)
                .anySatisfy(a -> assertThat(a.closedAt()).isAfter(a.dueDate().plusDays(1).atStartOfDay(
                        java.time.ZoneOffset.UTC).toInstant()));
        assertThat(actions).filteredOn(Action::isClosed).allSatisfy(a -> assertThat(a.closedAt()).isBetween(a.createdAt(), end));
        Map<String, Long> perPostmortem = actions.stream()
                .collect(Collectors.groupingBy(Action::postmortemKey, Collectors.counting()));
        assertThat(perPostmortem.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 4L));
        assertThat(actions.stream().map(Action::type).distinct().count()).isEqualTo(6);
        assertThat(actions.stream().map(Action::priority).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(actions).anySatisfy(a -> assertThat(a.isDueDateOverridden()).isTrue());
    }

    @Test
    void everyActionsTicketIsInItsTeamsProjectWithAMatchingStatus() {
        var directory = sandbox.bean(ConfigurationStore.class).load().directory();
        List<Action> actions = demoActions();
        assertThat(actions).hasSizeGreaterThan(300);
        for (Action action : actions) {
            Issue ticket = sandbox.bean(TicketStore.class).get(action.problemKey());
            assertThat(ticket.type()).isEqualTo(SandboxFields.PROBLEM);
            assertThat(ticket.projectKey()).isEqualTo(directory.team(action.team()).orElseThrow().projectKey())
                    .isEqualTo(action.projectKey());
            String expected = switch (action.status()) {
                case OPEN -> SandboxFields.OPEN;
                case IN_PROGRESS -> SandboxFields.IN_PROGRESS;
                case DONE, DECLINED -> SandboxFields.DONE;
            };
            assertThat(ticket.status()).as(action.problemKey()).isEqualTo(expected);
            assertThat(ticket.resolution()).isEqualTo(action.resolution());
            assertThat(ticket.values("labels")).contains("postmortem-action", "team-" + action.team());
        }
        Action first = actions.get(0);
        assertThat(sandbox.bean(TicketStore.class).links(first.problemKey())).extracting(TicketStore.Link::toKey)
                .containsExactlyInAnyOrder(first.postmortemKey(), first.incidentKey());
    }

    @Test
    void ideasIncludePromotedOnesAndRepeatsOfEarlierOnes() {
        var ideas = sandbox.bean(AoIdeaRepository.class).ideasCreatedBefore(end.plusSeconds(1));
        assertThat(ideas).anySatisfy(i -> {
            assertThat(i.isPromoted()).isTrue();
            assertThat(sandbox.bean(AoActionRepository.class).byId(i.promotedTo()).orElseThrow().ideaId()).isEqualTo(i.id());
        });
        assertThat(ideas.stream().filter(i -> i.sameAs() != null).count()).isGreaterThan(3);
        assertThat(ideas).anySatisfy(i -> assertThat(i.isPromoted()).isFalse());
    }

    @Test
    void theLeagueShowsOpenAndOverdueActionsThatDifferBetweenPlatforms() {
        Http.Answer league = new Http(sandbox.baseUrl()).get("mim", "/rest/postmortem/1.0/accountability");
        assertThat(league.status()).isEqualTo(200);
        List<JsonNode> rows = new java.util.ArrayList<>();
        league.json().forEach(rows::add);
        assertThat(rows).hasSize(12);
        long withOpenAndOverdue = rows.stream()
                .filter(r -> r.get("openActions").asLong() > 0 && r.get("overdueActions").asLong() > 0).count();
        assertThat(withOpenAndOverdue).isGreaterThanOrEqualTo(9);
        Set<Long> overdue = rows.stream().map(r -> r.get("overdueActions").asLong()).collect(Collectors.toSet());
        assertThat(overdue).hasSizeGreaterThan(4);
        JsonNode most = rows.stream().max(Comparator.comparingLong(r -> r.get("overdueActions").asLong())).orElseThrow();
        JsonNode least = rows.stream().min(Comparator.comparingLong(r -> r.get("overdueActions").asLong())).orElseThrow();
        assertThat(most.get("overdueActions").asLong()).isGreaterThan(3 * Math.max(1, least.get("overdueActions").asLong()));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("onTimeShare").isNumber()).isTrue());
    }

    @Test
    void theLibraryFindsAPublishedPostmortemByAWordOfItsRootCause() {
        Postmortem published = demoPostmortems().stream().filter(Postmortem::isPublished).skip(40).findFirst().orElseThrow();
        String word = Arrays.stream(published.rootCauses().get(0).description().split("[^A-Za-z]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        Http.Answer found = new Http(sandbox.baseUrl()).get("mim", "/rest/postmortem/1.0/library?q=" + word
                + "&team=" + published.owningTeam() + "&limit=100");
        assertThat(found.status()).isEqualTo(200);
        List<String> keys = new java.util.ArrayList<>();
        found.json().get("results").forEach(hit -> keys.add(hit.get("postmortemKey").asText()));
        assertThat(keys).as("search for '" + word + "'").contains(published.key());
        assertThat(found.json().get("featured").isNull()).isFalse();
    }
}
