package io.postmortem.core.learning;

import java.time.LocalDate;
import java.util.List;

/** The actions a postmortem raised, as far as sharing learnings needs them. */
public interface ActionSummaries {

    List<ActionSummary> actionsOf(String postmortemKey);

    /**
     * The actions of each of these postmortems (every key present, an empty list for none), for a list of
     * postmortems that shows their actions. A store answers in one statement; this default asks once per postmortem.
     */
    default java.util.Map<String, List<ActionSummary>> actionsOf(java.util.Collection<String> postmortemKeys) {
        java.util.Map<String, List<ActionSummary>> byKey = new java.util.LinkedHashMap<>();
        postmortemKeys.forEach(key -> byKey.computeIfAbsent(key, this::actionsOf));
        return byKey;
    }

    /** An action ticket: {@code owner} is a team or person, {@code dueDate} may be unknown (null). */
    record ActionSummary(String key, String summary, String owner, LocalDate dueDate, boolean done) {
    }

    /** Until the actions feature is wired in: no actions. */
    static ActionSummaries none() {
        return postmortemKey -> List.of();
    }
}
