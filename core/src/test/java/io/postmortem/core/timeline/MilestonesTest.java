package io.postmortem.core.timeline;

import io.postmortem.core.incident.Incident;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.postmortem.core.timeline.TimelineTest.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Milestones, metrics and warnings as docs/metrics.md defines them. */
class MilestonesTest {
    private static final Instant START = Instant.parse("2026-03-10T10:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Instant at(String time) {
        return Instant.parse("2026-03-10T" + time + "Z");
    }

    @Test
    void entries_win_and_incident_fields_fill_the_gaps() {
        Incident incident = TimelineFixture.incident(at("09:00:00"), at("10:30:00"), at("12:00:00"));
        Timeline timeline = Timeline.of(List.of(
                entry(1, at("09:55:00"), "search", EntryKind.IMPACT_STARTED),
                entry(2, at("09:50:00"), "payments", EntryKind.IMPACT_STARTED)));

        Milestones milestones = Milestones.of(timeline, incident);

        assertThat(milestones.impactStarted().at()).isEqualTo(at("09:50:00"));
        assertThat(milestones.impactStarted().origin()).isEqualTo(Milestone.Origin.ENTRY);
        assertThat(milestones.impactStarted().entryId()).isEqualTo(2L);
        assertThat(milestones.impactStarted().team()).isEqualTo("payments");
        assertThat(milestones.detected().at()).isEqualTo(at("10:30:00"));
        assertThat(milestones.detected().origin()).isEqualTo(Milestone.Origin.INCIDENT_FIELD);
        assertThat(milestones.mitigated()).isNull();
        assertThat(milestones.resolved().at()).isEqualTo(at("12:00:00"));
        assertThat(milestones.resolved().origin()).isEqualTo(Milestone.Origin.INCIDENT_FIELD);
    }

    @Test
    void without_entries_or_fields_every_milestone_is_unknown() {
        Milestones milestones = Milestones.of(Timeline.of(List.of()), TimelineFixture.incident(null, null, null));

        assertThat(milestones.known()).isEmpty();
        assertThat(TimelineMetrics.of(milestones))
                .isEqualTo(new TimelineMetrics(null, null, null));
    }

    @Test
    void metrics_are_whole_minutes_from_impact_start_truncated() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, START, "payments", EntryKind.IMPACT_STARTED),
                entry(2, at("10:07:59"), "payments", EntryKind.DETECTED),
                entry(3, at("10:45:00"), "search", EntryKind.MITIGATED),
                entry(4, at("12:00:30"), "payments", EntryKind.RESOLVED)));

        TimelineMetrics metrics = TimelineMetrics.of(Milestones.of(timeline, TimelineFixture.incident(null, null, null)));

        assertThat(metrics.timeToDetectMinutes()).isEqualTo(7L);
        assertThat(metrics.timeToMitigateMinutes()).isEqualTo(45L);
        assertThat(metrics.timeToResolveMinutes()).isEqualTo(120L);
    }

    @Test
    void a_metric_is_null_when_its_end_is_unknown_or_before_impact_start() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, START, "payments", EntryKind.IMPACT_STARTED),
                entry(2, at("09:58:00"), "payments", EntryKind.DETECTED)));

        TimelineMetrics metrics = TimelineMetrics.of(
                Milestones.of(timeline, TimelineFixture.incident(null, null, at("11:00:00"))));

        assertThat(metrics.timeToDetectMinutes()).isNull();
        assertThat(metrics.timeToMitigateMinutes()).isNull();
        assertThat(metrics.timeToResolveMinutes()).isEqualTo(60L);
    }

    @Test
    void equal_times_give_zero_minutes() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, START, "payments", EntryKind.IMPACT_STARTED),
                entry(2, START, "payments", EntryKind.DETECTED)));

        TimelineMetrics metrics = TimelineMetrics.of(Milestones.of(timeline, TimelineFixture.incident(null, null, null)));

        assertThat(metrics.timeToDetectMinutes()).isZero();
    }

    @Test
    void contradictions_are_warnings_that_say_what_to_fix() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, START, "payments", EntryKind.IMPACT_STARTED),
                entry(2, at("09:40:00"), "search", EntryKind.DETECTED),
                entry(3, at("11:00:00"), "payments", EntryKind.MITIGATED)));
        // Resolution from the incident field, before mitigation.
        Milestones milestones = Milestones.of(timeline, TimelineFixture.incident(null, null, at("10:30:00")));

        List<TimelineWarning> warnings = TimelineWarning.check(milestones, ZoneId.of("Europe/Berlin"));

        assertThat(warnings).extracting(TimelineWarning::code).containsExactly(
                "DETECTED_BEFORE_IMPACT_STARTED", "RESOLVED_BEFORE_MITIGATED");
        TimelineWarning detection = warnings.get(0);
        assertThat(detection.message()).isEqualTo(
                "Detection (2026-03-10 10:40 Europe/Berlin) is before impact start (2026-03-10 11:00 Europe/Berlin).");
        assertThat(detection.fix()).contains("the DETECTED entry of team search at 2026-03-10 10:40")
                .contains("the IMPACT_STARTED entry of team payments");
        assertThat(warnings.get(1).fix()).contains("the incident's resolution time");
    }

    @Test
    void mitigation_before_detection_is_a_contradiction() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, START, "payments", EntryKind.IMPACT_STARTED),
                entry(2, at("10:20:00"), "search", EntryKind.DETECTED),
                entry(3, at("10:10:00"), "payments", EntryKind.MITIGATED)));

        List<TimelineWarning> warnings = TimelineWarning.check(
                Milestones.of(timeline, TimelineFixture.incident(null, null, null)), UTC);

        assertThat(warnings).extracting(TimelineWarning::code).containsExactly("MITIGATED_BEFORE_DETECTED");
    }

    @Test
    void entries_after_resolution_and_an_orderly_timeline_give_no_warning() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, START, "payments", EntryKind.IMPACT_STARTED),
                entry(2, at("10:05:00"), "payments", EntryKind.DETECTED),
                entry(3, at("10:30:00"), "payments", EntryKind.MITIGATED),
                entry(4, at("11:00:00"), "payments", EntryKind.RESOLVED),
                entry(5, at("15:00:00"), "search", EntryKind.COMMUNICATION),
                entry(6, at("16:00:00"), "search", EntryKind.DETECTED)));

        assertThat(TimelineWarning.check(Milestones.of(timeline, TimelineFixture.incident(null, null, null)), UTC))
                .isEmpty();
    }

    @Test
    void an_unknown_impact_start_is_reported() {
        Timeline timeline = Timeline.of(List.of(entry(1, at("10:05:00"), "payments", EntryKind.DETECTED)));

        assertThat(TimelineWarning.check(Milestones.of(timeline, TimelineFixture.incident(null, null, null)), UTC))
                .extracting(TimelineWarning::code).containsExactly("IMPACT_START_UNKNOWN");
    }
}
