package io.postmortem.core.learning;

import java.time.LocalDate;
import java.util.List;

/** The actions a postmortem raised, as far as sharing learnings needs them. */
public interface ActionSummaries {

    List<ActionSummary> actionsOf(String postmortemKey);

    /** An action ticket: {@code owner} is a team or person, {@code dueDate} may be unknown (null). */
    record ActionSummary(String key, String summary, String owner, LocalDate dueDate, boolean done) {
    }

    /** Until the actions feature is wired in: no actions. */
    static ActionSummaries none() {
        return postmortemKey -> List.of();
    }
}
