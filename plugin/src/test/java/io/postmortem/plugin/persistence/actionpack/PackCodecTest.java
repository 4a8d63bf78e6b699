package io.postmortem.plugin.persistence.actionpack;

import io.postmortem.core.accountability.ActionDays;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The pack rows' text, by tables alone: no database. */
class PackCodecTest {
    private static final long OPEN = ActionDays.OPEN;

    /** created, closed (OPEN while open), due → kind, bucket, reach, token. */
    private record Encoding(String name, long created, long closed, long due, String kind, long bucket, long reach,
                            String token) {
    }

    private static final List<Encoding> ENCODINGS = List.of(
            new Encoding("open, first day of its block", 64, OPEN, 94, "O", 2, PackCodec.NEVER_ENDING, "0,u;"),
            new Encoding("open, last day of its block", 95, OPEN, 95, "O", 2, PackCodec.NEVER_ENDING, "v,0;"),
            new Encoding("open, due before created (a due date set in the past)", 70, OPEN, 60, "O", 2,
                    PackCodec.NEVER_ENDING, "6,-a;"),
            new Encoding("closed on its due day", 10, 40, 40, "C", 1, 1, "8,u,0;"),
            new Encoding("closed late, in a later block than created", 10, 100, 30, "C", 3, 3, "4,2i,-1y;"),
            new Encoding("closed on the day it was created", 33, 33, 50, "C", 1, 1, "1,0,h;"),
            new Encoding("days before 1970 (negative epoch days)", -40, OPEN, -1, "O", -2, PackCodec.NEVER_ENDING,
                    "o,13;"),
            new Encoding("closed before 1970, due after", -5, -1, 3, "C", -1, -1, "v,4,4;"),
            new Encoding("a due date decades away (several base-36 digits)", 20_000, OPEN, 20_000 + 36 * 36 * 10, "O",
                    625, PackCodec.NEVER_ENDING, "0,a00;"),
            new Encoding("today's days", LocalDate.parse("2026-03-02").toEpochDay(), LocalDate.parse("2026-03-16").toEpochDay(),
                    LocalDate.parse("2026-03-20").toEpochDay(), "C", 641, 641, "g,e,4;"));

    @TestFactory
    Stream<DynamicTest> eachActionHasItsRowAndTokenAndDecodesToItsDays() {
        return ENCODINGS.stream().map(e -> dynamicTest(e.name(), () -> {
            PackedDays days = new PackedDays("payments", "checkout", "CHK", e.created(), e.closed(), e.due());
            assertThat(days.kind()).isEqualTo(e.kind());
            assertThat(days.bucket()).isEqualTo(e.bucket());
            assertThat(days.reach()).isEqualTo(e.reach());
            assertThat(PackCodec.token(days)).isEqualTo(e.token());

            List<ActionDays> decoded = new ArrayList<>();
            PackCodec.decode("payments", "checkout", days.kind(), days.bucket(), PackCodec.token(days), Long.MIN_VALUE,
                    decoded::add);
            assertThat(decoded).containsExactly(new ActionDays("payments", "checkout", e.created(), e.closed(), e.due()));
        }));
    }

    /** A row's text, the day after which closed actions count → the days given, in row order. */
    private record Row(String name, String kind, long bucket, String items, long closedAfter, List<long[]> days) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("an empty row", "O", 2, "", 0, List.of()),
            new Row("open actions all count, whatever the day", "O", 2, "0,u;v,0;6,-a;", 10_000,
                    List.of(new long[]{64, OPEN, 94}, new long[]{95, OPEN, 95}, new long[]{70, OPEN, 60})),
            new Row("closed actions count only when closed after the day", "C", 1, "8,u,0;9,1,1;", 40,
                    List.of(new long[]{40, 41, 42})),
            new Row("closed on the day itself does not count", "C", 1, "8,u,0;", 40, List.of()),
            new Row("a row of another kind gives nothing (the ready mark of version 2)", "R", 1, "ready", 0, List.of()));

    @TestFactory
    Stream<DynamicTest> rowsDecodeToTheirActions() {
        return ROWS.stream().map(r -> dynamicTest(r.name(), () -> {
            List<ActionDays> decoded = new ArrayList<>();
            PackCodec.decode("p", "t", r.kind(), r.bucket(), r.items(), r.closedAfter(), decoded::add);
            assertThat(decoded).containsExactlyElementsOf(r.days().stream()
                    .map(d -> new ActionDays("p", "t", d[0], d[1], d[2])).toList());
        }));
    }

    /** items, token → items without the first whole token (null: not there). */
    private static final String[][] REMOVALS = {
            {"0,u;v,0;", "v,0;", "0,u;"},
            {"0,u;v,0;", "0,u;", "v,0;"},
            {"0,u;0,u;", "0,u;", "0,u;"},
            {"10,u;", "0,u;", null},            // the tail of a longer token is not the token
            {"a,10,u;0,u;", "0,u;", "a,10,u;"},  // nor is the tail of a closed action's token
            {"", "0,u;", null},
            {"1,2;", "1,2;", ""},
    };

    @TestFactory
    Stream<DynamicTest> aTokenIsRemovedOnlyAsAWholeToken() {
        return Stream.of(REMOVALS).map(r -> dynamicTest("'" + r[1] + "' from '" + r[0] + "'",
                () -> assertThat(PackCodec.without(r[0], r[1])).isEqualTo(r[2])));
    }

    @TestFactory
    Stream<DynamicTest> textThatIsNoPackIsRefusedNotMisread() {
        String[][] bad = {{"O", "1,2"}, {"O", "1;"}, {"O", "1,2,3;"}, {"C", "1,2;"}, {"C", "1,2,3,4;"}, {"O", "1,#;"}};
        return Stream.of(bad).map(b -> dynamicTest(b[0] + " '" + b[1] + "'", () -> assertThatThrownBy(
                () -> PackCodec.decode("p", "t", b[0], 0, b[1], Long.MIN_VALUE, d -> { }))
                .isInstanceOf(IllegalArgumentException.class)));
    }

    @Test
    void theStripeOfARowIsTheSameOnEveryNodeAndSpreadsTheRows() {
        PackedDays days = new PackedDays("payments", "checkout", "CHK", 20_000, OPEN, 20_030);
        // Fixed by the JDK's specified String, Long and Arrays hash codes, so any node on any JDK computes this very
        // number; a change of the formula changes it (and would split a cluster during a rolling upgrade).
        assertThat(days.stripe(32)).isEqualTo(11);
        assertThat(ActionPacks.lockOf(days)).isEqualTo("action.packs.11");
        assertThat(new PackedDays("payments", "checkout", "CHK", 20_001, OPEN, 20_099).stripe(32))
                .as("same row, same stripe").isEqualTo(days.stripe(32));
        long stripes = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> new PackedDays("platform-" + i % 12, "team-" + i, "P" + i, 20_000, OPEN, 20_030).stripe(32))
                .distinct().count();
        assertThat(stripes).as("200 rows over 32 stripes").isGreaterThan(20);
        assertThat(new PackedDays(null, null, null, 20_000, OPEN, 20_030).stripe(32)).isBetween(0, 31);
    }
}
