package io.postmortem.core.timeline;

import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentEvent.Kind;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.postmortem.core.timeline.TimelineFixture.INCIDENT;
import static io.postmortem.core.timeline.TimelineFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TimelineServiceTest {
    private final TimelineFixture f = new TimelineFixture();

    private TimelineView viewAs(String user) {
        return f.service.view(f.actor(user), INCIDENT);
    }

    @Nested
    class MergedView {

        @Test
        void two_teams_typing_in_their_own_time_zones_out_of_order_merge_in_time_order() {
            // bob is in New York (UTC-4 after 8 March 2026), alice in Berlin (UTC+1).
            f.add("bob", "2026-03-10T09:20", "search", "DETECTED", "Search latency alert fired");
            f.add("alice", "2026-03-10 14:10", "payments", "IMPACT_STARTED", "Card authorisations start failing");
            f.add("alice", "2026-03-10T14:30:00+01:00", "payments", "ACTION", "Rolled back payment gateway");

            TimelineView view = viewAs("nora");

            assertThat(view.timeline().entries())
                    .extracting(TimelineEntry::at, TimelineEntry::team, TimelineEntry::author)
                    .containsExactly(
                            tuple(Instant.parse("2026-03-10T13:10:00Z"), "payments", "alice"),
                            tuple(Instant.parse("2026-03-10T13:20:00Z"), "search", "bob"),
                            tuple(Instant.parse("2026-03-10T13:30:00Z"), "payments", "alice"));
            assertThat(view.metrics().timeToDetectMinutes()).isEqualTo(10L);
        }

        @Test
        void entries_with_equal_times_keep_their_creation_order() {
            f.add("alice", "2026-03-10T12:00:00Z", "payments", "NOTE", "first");
            f.add("bob", "2026-03-10T12:00:00Z", "search", "NOTE", "second");
            f.add("alice", "2026-03-10T12:00:00Z", "payments", "NOTE", "third");

            assertThat(viewAs("alice").timeline().entries()).extracting(TimelineEntry::text)
                    .containsExactly("first", "second", "third");
            assertThat(viewAs("bob").timeline().entries()).extracting(TimelineEntry::text)
                    .containsExactly("first", "second", "third");
        }

        @Test
        void same_moment_recorded_by_two_teams_is_flagged_not_removed() {
            f.add("alice", "2026-03-10T12:00:00Z", "payments", "MITIGATED", "Failover done");
            f.add("bob", "2026-03-10T12:03:00Z", "search", "MITIGATED", "Traffic back to normal");

            TimelineView view = viewAs("mia");

            assertThat(view.timeline().items()).hasSize(2).allMatch(Timeline.Item::possibleDuplicate);
        }

        @Test
        void milestones_fall_back_to_the_incident_fields_and_metrics_follow() {
            f.host.incident(TimelineFixture.incident(Instant.parse("2026-03-10T10:00:00Z"),
                    Instant.parse("2026-03-10T10:12:00Z"), Instant.parse("2026-03-10T13:00:00Z")));
            f.add("bob", "2026-03-10T11:30:00Z", "search", "MITIGATED", "Cache flushed");

            TimelineView view = viewAs("bob");

            assertThat(view.milestones().impactStarted().origin()).isEqualTo(Milestone.Origin.INCIDENT_FIELD);
            assertThat(view.milestones().mitigated().origin()).isEqualTo(Milestone.Origin.ENTRY);
            assertThat(view.metrics()).isEqualTo(new TimelineMetrics(12L, 90L, 180L));
            assertThat(view.warnings()).isEmpty();
        }

        @Test
        void warnings_are_part_of_the_view_in_the_viewers_time_zone() {
            f.add("alice", "2026-03-10T12:00:00Z", "payments", "IMPACT_STARTED", "Errors start");
            f.add("bob", "2026-03-10T11:50:00Z", "search", "DETECTED", "Alert");

            TimelineView view = viewAs("bob");

            assertThat(view.viewerZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(view.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("DETECTED_BEFORE_IMPACT_STARTED");
                assertThat(w.message()).contains("2026-03-10 07:50 America/New_York");
            });
            assertThat(view.metrics().timeToDetectMinutes()).isNull();
        }

        @Test
        void the_view_costs_the_same_reads_for_one_entry_or_two_hundred() {
            f.add("alice", "2026-03-10T12:00:00Z", "payments", "NOTE", "one");
            int before = f.repository.calls;
            viewAs("alice");
            int readsForOne = f.repository.calls - before;

            for (int i = 0; i < 199; i++) {
                f.add("alice", "2026-03-10T12:00:00Z", "payments", "NOTE", "note " + i);
            }
            before = f.repository.calls;
            TimelineView view = viewAs("alice");

            assertThat(view.timeline().size()).isEqualTo(200);
            assertThat(f.repository.calls - before).isEqualTo(readsForOne).isEqualTo(1);
        }

        @Test
        void the_view_lists_impacted_and_writable_teams() {
            assertThat(viewAs("bob").impactedTeams()).containsExactly("payments", "search");
            assertThat(viewAs("bob").writableTeams()).containsExactly("search");
            assertThat(viewAs("carol").writableTeams()).containsExactly("payments", "search");
            assertThat(viewAs("nora").writableTeams()).isEmpty();
            assertThat(viewAs("nora").editable()).isTrue();
        }
    }

    @Nested
    class WhoMayWrite {

        @Test
        void a_member_writes_for_their_team_and_is_the_author() {
            Timeline.Item item = f.add("alice", "2026-03-10T12:00:00Z", "payments", "ACTION", "Paged on-call");

            assertThat(item.entry().author()).isEqualTo("alice");
            assertThat(item.entry().source()).isEqualTo(EntrySource.PERSON);
            assertThat(item.entry().id()).isPositive();
        }

        @Test
        void a_non_member_cannot_write_for_a_team() {
            assertThatThrownBy(() -> f.add("bob", "2026-03-10T12:00:00Z", "payments", "NOTE", "x"))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.add("nora", "2026-03-10T12:00:00Z", "search", "NOTE", "x"))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(f.repository.stored(INCIDENT)).isEmpty();
        }

        @Test
        void mim_sre_and_the_facilitating_team_write_for_any_impacted_team() {
            f.add("mia", "2026-03-10T12:00:00Z", "payments", "ESCALATED", "Major incident declared");
            f.add("sam", "2026-03-10T12:01:00Z", "search", "OBSERVATION", "Error budget burnt");
            f.add("carol", "2026-03-10T12:02:00Z", "payments", "COMMUNICATION", "Status page updated");

            assertThat(viewAs("alice").timeline().entries()).extracting(TimelineEntry::author, TimelineEntry::team)
                    .containsExactly(tuple("mia", "payments"), tuple("sam", "search"), tuple("carol", "payments"));
        }

        @Test
        void without_a_postmortem_the_facilitating_team_is_just_another_team() {
            f.participation.facilitators.clear();

            assertThatThrownBy(() -> f.add("carol", "2026-03-10T12:00:00Z", "payments", "NOTE", "x"))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void mim_facilitating_is_recognised_by_group() {
            f.participation.facilitators.put(INCIDENT,
                    new Facilitator(Facilitator.Type.MIM, "major-incident-management"));

            assertThat(f.service.addImpactedTeam(f.actor("mia"), INCIDENT, "identity")).contains("identity");
            assertThatThrownBy(() -> f.service.addImpactedTeam(f.actor("carol"), INCIDENT, "checkout"))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void writing_for_a_team_that_is_not_impacted_is_a_400_on_team_even_for_mim() {
            assertThatThrownBy(() -> f.add("mia", "2026-03-10T12:00:00Z", "identity", "NOTE", "x"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys("team"));
        }

        @Test
        void outsiders_can_neither_see_nor_write_even_as_team_members() {
            assertThatThrownBy(() -> viewAs("olga")).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.add("olga", "2026-03-10T12:00:00Z", "payments", "NOTE", "x"))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void an_unknown_incident_is_not_found() {
            assertThatThrownBy(() -> f.service.view(f.actor("alice"), "INC-404"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> f.service.add(f.actor("alice"), "INC-404",
                    new EntryDraft("2026-03-10T12:00:00Z", "payments", "NOTE", "x", null)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void members_of_a_team_the_facilitator_added_can_then_write() {
            assertThatThrownBy(() -> f.add("ivan", "2026-03-10T12:00:00Z", "identity", "NOTE", "x"))
                    .isInstanceOf(ValidationException.class);

            List<String> teams = f.service.addImpactedTeam(f.actor("carol"), INCIDENT, "identity");
            Timeline.Item item = f.add("ivan", "2026-03-10T12:00:00Z", "identity", "OBSERVATION", "Login errors");

            assertThat(teams).containsExactly("payments", "search", "identity");
            assertThat(item.entry().team()).isEqualTo("identity");
            assertThat(viewAs("ivan").writableTeams()).containsExactly("identity");
        }

        @Test
        void only_the_facilitator_or_mim_add_teams_and_only_known_ones() {
            assertThatThrownBy(() -> f.service.addImpactedTeam(f.actor("alice"), INCIDENT, "identity"))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.service.addImpactedTeam(f.actor("carol"), INCIDENT, "billing"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys("team"));
            assertThat(f.service.addImpactedTeam(f.actor("mia"), INCIDENT, "identity")).contains("identity");
            assertThat(f.service.addImpactedTeam(f.actor("carol"), INCIDENT, "identity"))
                    .containsExactly("payments", "search", "identity");
            assertThat(f.addedTeams.teams.get(INCIDENT)).containsExactly("identity");
        }
    }

    @Nested
    class Validation {

        private ValidationException refused(EntryDraft draft) {
            try {
                f.service.add(f.actor("alice"), INCIDENT, draft);
            } catch (ValidationException e) {
                return e;
            }
            throw new AssertionError("accepted " + draft);
        }

        private EntryDraft draft(String at, String team, String kind, String text, String evidence) {
            return new EntryDraft(at, team, kind, text, evidence);
        }

        @Test
        void an_unparsable_time_names_at() {
            assertThat(refused(draft("yesterday at noon", "payments", "NOTE", "x", null)).errors())
                    .containsOnlyKeys("at");
            assertThat(refused(draft(null, "payments", "NOTE", "x", null)).errors()).containsOnlyKeys("at");
        }

        @Test
        void a_time_more_than_an_hour_ahead_is_refused_and_up_to_an_hour_is_accepted() {
            assertThat(refused(draft(NOW.plusSeconds(3601).toString(), "payments", "NOTE", "x", null)).errors())
                    .containsOnlyKeys("at");

            Timeline.Item item = f.service.add(f.actor("alice"), INCIDENT,
                    draft(NOW.plusSeconds(3600).toString(), "payments", "NOTE", "x", null));
            assertThat(item.entry().at()).isEqualTo(NOW.plusSeconds(3600));
        }

        @Test
        void text_must_be_present_and_at_most_two_thousand_characters() {
            assertThat(refused(draft("2026-03-10T12:00:00Z", "payments", "NOTE", "  ", null)).errors())
                    .containsOnlyKeys("text");
            assertThat(refused(draft("2026-03-10T12:00:00Z", "payments", "NOTE", "a".repeat(2001), null))
                    .errors()).containsOnlyKeys("text");

            Timeline.Item item = f.service.add(f.actor("alice"), INCIDENT,
                    draft("2026-03-10T12:00:00Z", "payments", "NOTE", "a".repeat(2000), null));
            assertThat(item.entry().text()).hasSize(2000);
        }

        @Test
        void unknown_kind_and_unknown_team_name_their_fields() {
            assertThat(refused(draft("2026-03-10T12:00:00Z", "payments", "OUTAGE", "x", null)).errors())
                    .containsOnlyKeys("kind");
            assertThat(refused(draft("2026-03-10T12:00:00Z", "billing", "NOTE", "x", null)).errors())
                    .containsOnlyKeys("team");
        }

        @Test
        void evidence_must_be_an_http_or_https_link() {
            assertThat(refused(draft("2026-03-10T12:00:00Z", "payments", "NOTE", "x", "ftp://files/log.txt"))
                    .errors()).containsOnlyKeys("evidence");
            assertThat(refused(draft("2026-03-10T12:00:00Z", "payments", "NOTE", "x", "grafana dashboard"))
                    .errors()).containsOnlyKeys("evidence");
            assertThat(refused(draft("2026-03-10T12:00:00Z", "payments", "NOTE", "x", "javascript:alert(1)"))
                    .errors()).containsOnlyKeys("evidence");

            Timeline.Item item = f.service.add(f.actor("alice"), INCIDENT, draft("2026-03-10T12:00:00Z",
                    "payments", "NOTE", "x", "https://grafana.example.com/d/payments?from=now-6h"));
            assertThat(item.entry().evidence()).isEqualTo("https://grafana.example.com/d/payments?from=now-6h");
        }

        @Test
        void every_problem_is_reported_at_once() {
            assertThat(refused(draft("soon", "billing", "OUTAGE", "", "mailto:x@example.com")).errors())
                    .containsOnlyKeys("at", "team", "kind", "text", "evidence");
        }
    }

    @Nested
    class ChangingEntries {

        private long aliceEntry() {
            return f.add("alice", "2026-03-10T12:00:00Z", "payments", "DETECTED", "Alert fired").entry().id();
        }

        @Test
        void the_author_edits_while_editable_and_every_change_is_kept() {
            long id = aliceEntry();
            f.clock.set(NOW.plusSeconds(60));
            f.service.edit(f.actor("alice"), INCIDENT, id,
                    new EntryDraft("2026-03-10T11:58:00Z", "payments", "DETECTED", "Alert fired (p99 > 2s)", null));
            f.clock.set(NOW.plusSeconds(120));
            f.service.delete(f.actor("alice"), INCIDENT, id);

            assertThat(viewAs("alice").timeline().entries()).isEmpty();
            List<EntryRevision> history = f.service.history(f.actor("nora"), INCIDENT, id);
            assertThat(history).extracting(EntryRevision::change, EntryRevision::by, EntryRevision::changedAt,
                            EntryRevision::text)
                    .containsExactly(
                            tuple(EntryRevision.Change.CREATED, "alice", NOW, "Alert fired"),
                            tuple(EntryRevision.Change.EDITED, "alice", NOW.plusSeconds(60), "Alert fired (p99 > 2s)"),
                            tuple(EntryRevision.Change.DELETED, "alice", NOW.plusSeconds(120),
                                    "Alert fired (p99 > 2s)"));
            assertThat(history.get(1).at()).isEqualTo(Instant.parse("2026-03-10T11:58:00Z"));
            assertThat(f.repository.stored(INCIDENT)).singleElement().matches(TimelineEntry::deleted);
        }

        @Test
        void nobody_else_edits_or_deletes_an_entry_not_even_mim() {
            long id = aliceEntry();
            EntryDraft change = new EntryDraft("2026-03-10T12:00:00Z", "payments", "NOTE", "changed", null);

            assertThatThrownBy(() -> f.service.edit(f.actor("mia"), INCIDENT, id, change))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.service.delete(f.actor("bob"), INCIDENT, id))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(viewAs("alice").timeline().entries()).extracting(TimelineEntry::text)
                    .containsExactly("Alert fired");
            assertThat(f.repository.historyOf(id)).hasSize(1);
        }

        @Test
        void once_the_postmortem_leaves_draft_nothing_changes() {
            long id = aliceEntry();
            f.participation.closed.add(INCIDENT);
            EntryDraft change = new EntryDraft("2026-03-10T12:00:00Z", "payments", "NOTE", "changed", null);

            assertThatThrownBy(() -> f.service.edit(f.actor("alice"), INCIDENT, id, change))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.service.delete(f.actor("alice"), INCIDENT, id))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.add("alice", "2026-03-10T12:00:00Z", "payments", "NOTE", "late"))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> f.service.importFromIncident(f.actor("alice"), INCIDENT))
                    .isInstanceOf(ConflictException.class);
            assertThat(viewAs("alice").editable()).isFalse();
            assertThat(viewAs("alice").canChange(viewAs("alice").timeline().entries().get(0))).isFalse();
            assertThat(f.repository.historyOf(id)).hasSize(1);
        }

        @Test
        void editing_checks_the_new_content_like_adding() {
            long id = aliceEntry();

            assertThatThrownBy(() -> f.service.edit(f.actor("alice"), INCIDENT, id,
                    new EntryDraft("2026-03-10T12:00:00Z", "search", "NOTE", "moved", null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.service.edit(f.actor("alice"), INCIDENT, id,
                    new EntryDraft("2026-03-10T12:00:00Z", "payments", "NOTE", "", null)))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void a_deleted_entry_or_one_of_another_incident_is_not_found() {
            long id = aliceEntry();
            f.service.delete(f.actor("alice"), INCIDENT, id);

            assertThatThrownBy(() -> f.service.delete(f.actor("alice"), INCIDENT, id))
                    .isInstanceOf(NotFoundException.class);
            f.host.incident(new io.postmortem.core.incident.Incident("INC-2", "INC", "Other", null, "payments",
                    List.of(), List.of(), NOW, null, null, null, "alice", null));
            long other = f.add("alice", "2026-03-10T12:00:00Z", "payments", "NOTE", "x").entry().id();
            assertThatThrownBy(() -> f.service.delete(f.actor("alice"), "INC-2", other))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Import {

        private final List<IncidentEvent> events = new ArrayList<>(List.of(
                new IncidentEvent("c-1", Instant.parse("2026-03-10T13:30:00Z"), "alice", Kind.CREATED, null, null),
                new IncidentEvent("h-2", Instant.parse("2026-03-10T13:35:00Z"), "mia", Kind.SEVERITY_CHANGED,
                        "Medium", "High"),
                new IncidentEvent("h-3", Instant.parse("2026-03-10T13:36:00Z"), "bob", Kind.STATUS_CHANGED,
                        "Open", "In Progress"),
                new IncidentEvent("h-4", Instant.parse("2026-03-10T13:37:00Z"), "mia", Kind.ASSIGNEE_CHANGED,
                        null, "bob"),
                new IncidentEvent("m-5", Instant.parse("2026-03-10T13:50:00Z"), "alice", Kind.TIMELINE_COMMENT,
                        null, "Gateway pool exhausted; see dashboard"),
                new IncidentEvent("h-6", Instant.parse("2026-03-10T15:00:00Z"), "bob", Kind.RESOLVED, null,
                        "Fixed")));

        @Test
        void imports_the_history_as_owning_team_entries() {
            f.host.setHistory(INCIDENT, events);

            List<TimelineEntry> added = f.service.importFromIncident(f.actor("alice"), INCIDENT);

            assertThat(added).extracting(TimelineEntry::importId, TimelineEntry::kind, TimelineEntry::source,
                            TimelineEntry::author, TimelineEntry::text)
                    .containsExactly(
                            tuple("c-1", EntryKind.NOTE, EntrySource.INCIDENT_HISTORY, "alice",
                                    "Incident ticket created."),
                            tuple("h-2", EntryKind.ESCALATED, EntrySource.INCIDENT_HISTORY, "mia",
                                    "Severity changed from Medium to High."),
                            tuple("h-3", EntryKind.NOTE, EntrySource.INCIDENT_HISTORY, "bob",
                                    "Status changed from Open to In Progress."),
                            tuple("h-4", EntryKind.NOTE, EntrySource.INCIDENT_HISTORY, "mia",
                                    "Assignee changed from nobody to bob."),
                            tuple("m-5", EntryKind.OBSERVATION, EntrySource.INCIDENT_COMMENT, "alice",
                                    "Gateway pool exhausted; see dashboard"),
                            tuple("h-6", EntryKind.RESOLVED, EntrySource.INCIDENT_HISTORY, "bob",
                                    "Incident resolved (Fixed)."));
            assertThat(added).allMatch(e -> e.team().equals("payments"));
            assertThat(f.host.locksTaken).containsExactly(TimelineService.IMPORT_LOCK + INCIDENT);
            assertThat(viewAs("alice").milestones().resolved().entryId()).isEqualTo(added.get(5).id());
        }

        @Test
        void importing_twice_adds_nothing_and_new_events_only_once() {
            f.host.setHistory(INCIDENT, events);
            f.service.importFromIncident(f.actor("alice"), INCIDENT);

            assertThat(f.service.importFromIncident(f.actor("mia"), INCIDENT)).isEmpty();

            events.add(new IncidentEvent("m-7", Instant.parse("2026-03-10T15:10:00Z"), "bob", Kind.TIMELINE_COMMENT,
                    null, "Customer comms sent"));
            assertThat(f.service.importFromIncident(f.actor("sam"), INCIDENT))
                    .extracting(TimelineEntry::importId).containsExactly("m-7");
            assertThat(viewAs("alice").timeline().size()).isEqualTo(7);
        }

        @Test
        void an_imported_entry_someone_deleted_is_not_imported_again() {
            f.host.setHistory(INCIDENT, events);
            List<TimelineEntry> added = f.service.importFromIncident(f.actor("alice"), INCIDENT);
            TimelineEntry comment = added.get(4);

            f.service.delete(f.actor("alice"), INCIDENT, comment.id());

            assertThat(f.service.importFromIncident(f.actor("alice"), INCIDENT)).isEmpty();
            assertThat(viewAs("alice").timeline().size()).isEqualTo(5);
        }

        @Test
        void lowering_the_severity_is_a_note_and_p_levels_are_understood() {
            f.host.setHistory(INCIDENT, List.of(
                    new IncidentEvent("s-1", NOW, "mia", Kind.SEVERITY_CHANGED, "P2", "P1"),
                    new IncidentEvent("s-2", NOW, "mia", Kind.SEVERITY_CHANGED, "P1", "P3")));

            assertThat(f.service.importFromIncident(f.actor("mia"), INCIDENT)).extracting(TimelineEntry::kind)
                    .containsExactly(EntryKind.ESCALATED, EntryKind.NOTE);
        }

        @Test
        void only_those_who_may_write_for_the_owning_team_import() {
            f.host.setHistory(INCIDENT, events);

            assertThatThrownBy(() -> f.service.importFromIncident(f.actor("bob"), INCIDENT))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.service.importFromIncident(f.actor("olga"), INCIDENT))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(f.repository.stored(INCIDENT)).isEmpty();
        }

        @Test
        void an_incident_without_owning_team_cannot_be_imported() {
            f.host.incident(new io.postmortem.core.incident.Incident(INCIDENT, "INC", "x", null, null,
                    List.of("search"), List.of(), NOW, null, null, null, "alice", null));
            f.host.setHistory(INCIDENT, events);

            assertThatThrownBy(() -> f.service.importFromIncident(f.actor("mia"), INCIDENT))
                    .isInstanceOf(ConflictException.class);
        }
    }
}
