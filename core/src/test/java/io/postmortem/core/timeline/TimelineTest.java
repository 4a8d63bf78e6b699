package io.postmortem.core.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {
    private static final Instant T = Instant.parse("2026-03-10T13:00:00Z");

    static TimelineEntry entry(long id, Instant at, String team, EntryKind kind) {
        return new TimelineEntry(id, "INC-1", at, team, "alice", kind, "entry " + id, null, EntrySource.PERSON,
                null, T, false);
    }

    @Test
    void orders_by_time_then_by_creation_for_equal_times() {
        Timeline timeline = Timeline.of(List.of(
                entry(3, T, "search", EntryKind.NOTE),
                entry(4, T.minusSeconds(60), "payments", EntryKind.NOTE),
                entry(1, T, "payments", EntryKind.ACTION),
                entry(2, T, "search", EntryKind.OBSERVATION)));

        assertThat(timeline.entries()).extracting(TimelineEntry::id).containsExactly(4L, 1L, 2L, 3L);
    }

    @Test
    void leaves_out_deleted_entries() {
        Timeline timeline = Timeline.of(List.of(entry(1, T, "payments", EntryKind.NOTE),
                entry(2, T, "payments", EntryKind.NOTE).asDeleted()));

        assertThat(timeline.entries()).extracting(TimelineEntry::id).containsExactly(1L);
    }

    @Test
    void flags_same_kind_from_different_teams_within_five_minutes_both_ways() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, T, "payments", EntryKind.DETECTED),
                entry(2, T.plusSeconds(4 * 60), "search", EntryKind.DETECTED),
                entry(3, T.plusSeconds(10 * 60 + 1), "checkout", EntryKind.DETECTED)));

        assertThat(timeline.item(1).orElseThrow().possibleDuplicateOf()).containsExactly(2L);
        assertThat(timeline.item(2).orElseThrow().possibleDuplicateOf()).containsExactly(1L);
        assertThat(timeline.item(3).orElseThrow().possibleDuplicate()).isFalse();
    }

    @Test
    void the_window_is_inclusive_at_exactly_five_minutes() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, T, "payments", EntryKind.MITIGATED),
                entry(2, T.plus(Timeline.DUPLICATE_WINDOW), "search", EntryKind.MITIGATED),
                entry(3, T.plus(Timeline.DUPLICATE_WINDOW).plusSeconds(1), "checkout", EntryKind.MITIGATED)));

        assertThat(timeline.item(1).orElseThrow().possibleDuplicateOf()).containsExactly(2L);
        assertThat(timeline.item(2).orElseThrow().possibleDuplicateOf()).containsExactly(1L, 3L);
        assertThat(timeline.item(3).orElseThrow().possibleDuplicateOf()).containsExactly(2L);
    }

    @Test
    void does_not_flag_same_team_or_different_kinds() {
        Timeline timeline = Timeline.of(List.of(
                entry(1, T, "payments", EntryKind.DETECTED),
                entry(2, T.plusSeconds(60), "payments", EntryKind.DETECTED),
                entry(3, T.plusSeconds(120), "search", EntryKind.ESCALATED)));

        assertThat(timeline.items()).noneMatch(Timeline.Item::possibleDuplicate);
    }

    @Test
    void earliest_of_a_kind_follows_timeline_order() {
        Timeline timeline = Timeline.of(List.of(
                entry(5, T, "search", EntryKind.DETECTED),
                entry(6, T.minusSeconds(30), "payments", EntryKind.DETECTED),
                entry(2, T.minusSeconds(30), "checkout", EntryKind.DETECTED)));

        assertThat(timeline.earliest(EntryKind.DETECTED)).get().extracting(TimelineEntry::id).isEqualTo(2L);
        assertThat(timeline.earliest(EntryKind.RESOLVED)).isEmpty();
    }

    @Test
    void kinds_parse_leniently_and_refuse_unknown_names() {
        assertThat(EntryKind.parse(" impact-started ")).contains(EntryKind.IMPACT_STARTED);
        assertThat(EntryKind.parse("Communication")).contains(EntryKind.COMMUNICATION);
        assertThat(EntryKind.parse("OUTAGE")).isEmpty();
        assertThat(EntryKind.parse("")).isEmpty();
    }
}
