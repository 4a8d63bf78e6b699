package io.postmortem.core.learning;

import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryTest {
    private final LearningFixture f = new LearningFixture();
    private Postmortem checkout;
    private Postmortem ledger;
    private Postmortem search;

    @BeforeEach
    void publishThree() {
        checkout = f.published("INC-1", Severity.P2, "checkout", List.of("checkout-service"), "Checkout errors",
                "Payments failed at checkout.", new RootCause("Retry storm exhausted the connection pool", "dependency"));
        ledger = f.published("INC-2", Severity.P3, "ledger", List.of("ledger-db"), "Ledger lag",
                "Ledger entries were late.", new RootCause("Index missing after schema migration", "change"));
        search = f.published("INC-3", Severity.P4, "search", List.of("search-service"), "Slow search",
                "Search was slow; the connection to the index timed out.",
                new RootCause("Cache eviction bug", "code-defect"));
    }

    @Test
    void publishing_puts_a_postmortem_in_the_index_with_its_teams_platforms_and_categories() {
        LibraryEntry entry = f.learning.find(checkout.key()).orElseThrow();
        assertThat(entry.platforms()).containsExactly("payments");
        assertThat(entry.teams()).containsExactly("checkout");
        assertThat(entry.components()).containsExactly("checkout-service");
        assertThat(entry.categories()).containsExactly("dependency");
        assertThat(entry.title()).isEqualTo("Checkout errors");
    }

    @Test
    void a_draft_is_not_in_the_library() {
        Postmortem draft = f.written("INC-9", Severity.P3, "checkout", List.of(), List.of(), "Draft incident",
                "Not yet.", new RootCause("Retry storm again", "dependency"));
        assertThat(keys(LibraryQuery.text("retry"))).doesNotContain(draft.key());
    }

    @Test
    void every_word_matches_as_a_case_insensitive_prefix() {
        assertThat(keys(LibraryQuery.text("RETR"))).containsExactly(checkout.key());
        assertThat(keys(LibraryQuery.text("conn pool"))).containsExactly(checkout.key());
        assertThat(keys(LibraryQuery.text("conn migration"))).isEmpty();
        assertThat(keys(LibraryQuery.text("ool"))).isEmpty();
    }

    @Test
    void matches_in_root_causes_and_summary_rank_before_matches_elsewhere_then_recency() {
        // "connection" is a root-cause word of checkout and a summary word of search; "index" is a root-cause word
        // of ledger (older) and a summary word of search (newer).
        assertThat(keys(LibraryQuery.text("connection"))).containsExactly(search.key(), checkout.key());
        assertThat(keys(LibraryQuery.text("customers"))).containsExactly(search.key(), ledger.key(), checkout.key());
    }

    @Test
    void filters_narrow_the_results() {
        assertThat(keys(query(null, "payments", null, null, null, null, null))).containsExactly(ledger.key(), checkout.key());
        assertThat(keys(query(null, null, "search", null, null, null, null))).containsExactly(search.key());
        assertThat(keys(query(null, null, null, "CHECKOUT-SERVICE", null, null, null))).containsExactly(checkout.key());
        assertThat(keys(query(null, null, null, null, Severity.P3, null, null))).containsExactly(ledger.key());
        assertThat(keys(query(null, null, null, null, null, "change", null))).containsExactly(ledger.key());
        assertThat(keys(query("retry", "storefront", null, null, null, null, null))).isEmpty();
    }

    @Test
    void tags_are_searchable_and_filterable_once_set() {
        f.marks.tag(ledger.key(), List.of("Database", "migrations"), f.org.actor("dev-ledger"));
        assertThat(keys(query(null, null, null, null, null, null, "database"))).containsExactly(ledger.key());
        assertThat(keys(LibraryQuery.text("migrat"))).containsExactly(ledger.key());
    }

    @Test
    void the_date_range_is_inclusive_from_and_exclusive_until() {
        LibraryQuery range = new LibraryQuery(null, null, null, null, null, null, null,
                f.learning.find(ledger.key()).orElseThrow().publishedAt(),
                f.learning.find(search.key()).orElseThrow().publishedAt(), 25);
        assertThat(keys(range)).containsExactly(ledger.key());
    }

    @Test
    void viewers_see_only_postmortems_of_incidents_they_can_browse() {
        f.org.hide("INC-1", "dev-search");
        assertThat(f.library.search(LibraryQuery.text("retry"), f.org.actor("dev-search"))).isEmpty();
        assertThat(f.library.search(LibraryQuery.text(""), f.org.actor("outsider"))).isEmpty();
        assertThat(f.library.search(LibraryQuery.text("retry"), f.org.actor("dev-ledger"))).hasSize(1);
    }

    @Test
    void the_limit_caps_the_results() {
        assertThat(keys(new LibraryQuery("", null, null, null, null, null, null, null, null, 2))).hasSize(2);
    }

    private List<String> keys(LibraryQuery query) {
        return f.library.search(query, f.org.actor("dev-ledger")).stream().map(h -> h.entry().postmortemKey()).toList();
    }

    private static LibraryQuery query(String text, String platform, String team, String component, Severity severity,
                                      String category, String tag) {
        return new LibraryQuery(text, platform, team, component, severity, category, tag, null, null, 25);
    }
}
