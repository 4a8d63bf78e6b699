package io.postmortem.plugin.jira.panel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident page's actions list ({@code GET /postmortems/{key}/actions}, js/actions.js, read-only on the incident
 * panel) costs a fixed number of SQL statements: the same for the postmortem of the incident with 10 timeline entries
 * as for the one with 500, each with 30 actions, and the configuration is read at most once in the request.
 */
public abstract class IncidentActionsListStatementsContract extends IncidentPageRestCase {
    /**
     * What the actions list may cost, whatever the number of actions. Measured: 10 on H2, PostgreSQL and MySQL. The
     * statements: the postmortem (for the permission check) and its actions, once for the list and once for the
     * summary (the resource asks the service for each), the configuration's version, the ideas marked the same as
     * any of the listed actions (one statement for all), and the walk of the one action raised again (itself, the
     * ideas marked the same as it, that idea, the ideas marked the same as that idea). An action joined to nothing
     * costs nothing more; before the recurrences were read for all at once, each action cost two statements.
     */
    private static final int BUDGET = 10;

    @Test
    void theActionsListCostsAsManyStatementsWith500EntriesAsWith10() {
        Measured small = call(() -> host.actions.list("PM-10"));
        Measured large = call(() -> host.actions.list("PM-500"));

        assertThat(small.body().get("actions")).hasSize(ACTIONS);
        assertThat(large.body().get("actions")).hasSize(ACTIONS);
        for (Measured list : List.of(small, large)) {
            List<Integer> recurrences = new ArrayList<>();
            list.body().get("actions").forEach(action -> recurrences.add(action.get("recurrence").asInt()));
            assertThat(recurrences.get(0)).as("the action raised again in another postmortem").isEqualTo(2);
            assertThat(recurrences.subList(1, ACTIONS)).as("the other actions").containsOnly(1);
        }
        assertFixedCost("GET /postmortems/{key}/actions", small, large, BUDGET);
    }
}
