package io.postmortem.plugin.jira.panel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident page's "have we seen this before?" ({@code GET /incidents/{key}/related}, js/related.js) costs a
 * fixed number of SQL statements: the same for the incident with 10 timeline entries as for the one with 500 (30
 * actions on each postmortem), with 20 related postmortems of three actions each shown, and the configuration is
 * read at most once in the request.
 */
public abstract class IncidentRelatedStatementsContract extends IncidentPageRestCase {
    /**
     * What "have we seen this before?" may cost, whatever the number of entries, actions and related postmortems.
     * Measured: 5 on H2, PostgreSQL and MySQL. The statements: the configuration's version (to know the incident),
     * our postmortem (for its root causes), the learning index, the unpublished postmortems (for recurrences of our
     * causes) and the actions of all shown related postmortems at once.
     */
    private static final int BUDGET = 5;

    @Test
    void theRelatedPostmortemsCostAsManyStatementsWith500EntriesAsWith10() {
        Measured small = call(() -> host.learning.related("OPS-10"));
        Measured large = call(() -> host.learning.related("OPS-500"));

        assertThat(small.body().get("related")).hasSize(RELATED);
        assertThat(large.body().get("related")).hasSize(RELATED);
        assertThat(large.body().get("related").get(0).get("actions")).as("a related postmortem's actions").hasSize(3);
        assertFixedCost("GET /incidents/{key}/related", small, large, BUDGET);
    }
}
