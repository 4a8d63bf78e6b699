package io.postmortem.plugin.jira.panel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident page's timeline ({@code GET /incidents/{key}/timeline}, js/timeline.js) in the incident view's world
 * (the 60-team configuration, 30 actions, 20 other postmortems) costs a fixed number of SQL statements, the same
 * with 10 entries as with 500, and the configuration is read at most once in the request.
 * {@code TimelineViewStatements*Test} pins the same call at 10 and 2,000 entries on a bare timeline.
 */
public abstract class IncidentTimelineStatementsContract extends IncidentPageRestCase {
    /**
     * What the timeline may cost, whatever the number of entries. Measured: 5 on H2, PostgreSQL and MySQL. The
     * statements: the configuration's version (to know the incident), the impacted teams, the postmortem by incident
     * twice (the facilitator, whether the timeline is editable) and the entries.
     */
    private static final int BUDGET = 5;

    @Test
    void theTimelineCostsAsManyStatementsWith500EntriesAsWith10() {
        Measured small = call(() -> host.timeline.view("OPS-10"));
        Measured large = call(() -> host.timeline.view("OPS-500"));

        assertThat(small.body().get("entries")).hasSize(10);
        assertThat(large.body().get("entries")).hasSize(500);
        assertFixedCost("GET /incidents/{key}/timeline", small, large, BUDGET);
    }
}
