package io.postmortem.core.testing.contract;

import io.postmortem.core.learning.AwardStore;
import io.postmortem.core.learning.LearningIndex;
import io.postmortem.core.learning.LearningMarksStore;
import io.postmortem.core.learning.LearningMarks;
import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.learning.LibraryQuery;
import io.postmortem.core.learning.Nomination;
import io.postmortem.core.learning.Winner;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the learning stores promise (the library index, learning marks, awards), the database's and the in-memory
 * ones alike: a test class implements this with fresh, empty stores per test, so the fakes cannot drift from the SQL.
 */
public interface LearningStoresContract {
    Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    YearMonth NOVEMBER = YearMonth.of(2026, 11);

    LearningIndex index();

    LearningMarksStore marks();

    AwardStore awards();

    @Test
    default void an_entry_reads_back_whole_and_is_replaced_on_a_second_put() {
        LibraryEntry entry = entry(1, "Checkout errors", "Retry storm exhausted the connection pool", "dependency",
                List.of("payments"), List.of("Checkout Service"), List.of("db"));
        index().put(entry);
        assertThat(index().find("PM-1")).contains(entry);

        LibraryEntry retagged = withTags(entry, List.of("db", "ünïcode"));
        index().put(retagged);
        assertThat(index().all()).containsExactly(retagged);
    }

    @Test
    default void search_matches_word_prefixes_case_insensitively_and_applies_every_filter() {
        index().put(entry(1, "Checkout errors", "Retry storm exhausted the connection pool", "dependency",
                List.of("payments"), List.of("Checkout Service"), List.of("db")));
        index().put(entry(2, "Search slow", "Cache eviction bug", "code-defect", List.of("storefront"),
                List.of("search-service"), List.of()));

        assertThat(keys(index(), LibraryQuery.text("CONN exhaust"))).containsExactly("PM-1");
        assertThat(keys(index(), LibraryQuery.text("onnection"))).isEmpty();
        assertThat(keys(index(), new LibraryQuery(null, "storefront", null, null, null, null, null, null, null, 25)))
                .containsExactly("PM-2");
        assertThat(keys(index(), new LibraryQuery(null, null, "team-1", null, null, null, null, null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), new LibraryQuery(null, null, null, "checkout service", null, null, null, null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), new LibraryQuery(null, null, null, null, Severity.P3, "code-defect", null, null, null, 25)))
                .containsExactly("PM-2");
        assertThat(keys(index(), new LibraryQuery(null, null, null, null, null, null, "db", null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), new LibraryQuery(null, null, null, null, null, null, null, T0.plus(Duration.ofDays(2)),
                T0.plus(Duration.ofDays(3)), 25))).containsExactly("PM-2");
    }

    @Test
    default void filters_on_values_with_like_wildcards_find_exactly_their_postmortems() {
        index().put(entry(1, "Gateway down", "Expired certificate", "dependency", List.of("payments"),
                List.of("api_gateway"), List.of("100%", "[p1]", "a!b")));
        index().put(entry(2, "Gateway slow", "Thread pool", "dependency", List.of("payments"),
                List.of("apixgateway"), List.of("1000", "100x", "p1", "ab")));

        assertThat(keys(index(), new LibraryQuery(null, null, null, "api_gateway", null, null, null, null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), new LibraryQuery(null, null, null, null, null, null, "100%", null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), new LibraryQuery(null, null, null, null, null, null, "[p1]", null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), new LibraryQuery(null, null, null, null, null, null, "a!b", null, null, 25)))
                .containsExactly("PM-1");
        assertThat(keys(index(), LibraryQuery.text("expired cert"))).containsExactly("PM-1");
    }

    @Test
    default void a_word_from_a_root_cause_finds_its_postmortem_among_three_hundred() {
        for (int i = 1; i <= 300; i++) {
            index().put(entry(i, "Incident number " + i, "Ordinary cause " + i + (i == 217 ? " zookeeper quorum lost" : ""),
                    i % 2 == 0 ? "change" : "capacity", List.of("payments"), List.of("svc-" + (i % 12)), List.of()));
        }
        // What it finds, not how fast: a unit test on a shared machine is no measure of speed.
        assertThat(keys(index(), LibraryQuery.text("zookee"))).containsExactly("PM-217");
    }

    @Test
    default void marks_default_to_nothing_and_are_saved_and_replaced() {
        assertThat(marks().marks("PM-1")).isEqualTo(LearningMarks.none("PM-1"));
        marks().save(new LearningMarks("PM-1", true, List.of("db", "retries")));
        marks().save(new LearningMarks("PM-1", true, List.of("db")));
        assertThat(marks().marks("PM-1")).isEqualTo(new LearningMarks("PM-1", true, List.of("db")));
    }

    @Test
    default void a_postmortem_is_nominated_once_a_month_and_nominations_come_with_their_votes() {
        Nomination first = awards().nominate("PM-1", NOVEMBER, "ann", "Clear timeline", T0).orElseThrow();
        Nomination second = awards().nominate("PM-2", NOVEMBER, "bob", "Honest", T0).orElseThrow();
        assertThat(awards().nominate("PM-1", NOVEMBER, "cid", "Again", T0)).isEmpty();
        Nomination december = awards().nominate("PM-1", NOVEMBER.plusMonths(1), "cid", "Next month", T0).orElseThrow();

        assertThat(awards().vote(second.id(), NOVEMBER, "ann", T0)).isTrue();
        assertThat(awards().vote(first.id(), NOVEMBER, "ann", T0)).isFalse();
        assertThat(awards().vote(december.id(), NOVEMBER.plusMonths(1), "ann", T0)).isTrue();

        assertThat(awards().nominations(NOVEMBER)).extracting(Nomination::postmortemKey, Nomination::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PM-2", 1), org.assertj.core.groups.Tuple.tuple("PM-1", 0));
        assertThat(awards().nomination(first.id()).orElseThrow().reason()).isEqualTo("Clear timeline");
    }

    @Test
    default void concurrent_votes_of_one_person_in_a_month_leave_exactly_one() throws Exception {
        Nomination nomination = awards().nominate("PM-1", NOVEMBER, "ann", "Clear", T0).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Boolean> vote = () -> awards().vote(nomination.id(), NOVEMBER, "bob", T0);
            results.add(pool.submit(vote));
        }
        int accepted = 0;
        for (Future<Boolean> result : results) {
            accepted += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
        assertThat(awards().nomination(nomination.id()).orElseThrow().votes()).isEqualTo(1);
    }

    @Test
    default void a_month_has_one_winner_which_may_be_replaced_and_the_latest_comes_first() {
        awards().confirmWinner(new Winner(NOVEMBER.minusMonths(1), "PM-1", "mim", T0));
        awards().confirmWinner(new Winner(NOVEMBER, "PM-2", "mim", T0));
        awards().confirmWinner(new Winner(NOVEMBER, "PM-3", "sre", T0));
        awards().confirmWinner(new Winner(NOVEMBER.plusMonths(1), "PM-4", "sre", T0));

        assertThat(awards().winner(NOVEMBER).map(Winner::postmortemKey)).contains("PM-3");
        assertThat(awards().winnersUpTo(NOVEMBER, 5)).extracting(Winner::postmortemKey).containsExactly("PM-3", "PM-1");
    }

    static List<String> keys(LearningIndex index, LibraryQuery query) {
        return index.matching(query).stream().map(LibraryEntry::postmortemKey).toList();
    }

    static LibraryEntry entry(int n, String title, String cause, String category, List<String> platforms,
                                      List<String> components, List<String> tags) {
        return new LibraryEntry("PM-" + n, "INC-" + n, title, n % 2 == 0 ? Severity.P3 : Severity.P2, platforms,
                List.of("team-" + n), components, List.of(category), tags, List.of(new RootCause(cause, category)),
                "Summary of " + title, "Body text " + n, T0.plus(Duration.ofDays(n).minusHours(1)),
                T0.plus(Duration.ofDays(n)));
    }

    static LibraryEntry withTags(LibraryEntry e, List<String> tags) {
        return new LibraryEntry(e.postmortemKey(), e.incidentKey(), e.title(), e.severity(), e.platforms(), e.teams(),
                e.components(), e.categories(), tags, e.rootCauses(), e.summary(), e.body(), e.incidentAt(),
                e.publishedAt());
    }
}
