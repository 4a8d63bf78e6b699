package io.postmortem.core.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads over actions for the accountability dashboards. Each method is one query in the store, so the number of
 * queries a dashboard makes never depends on the number of actions.
 */
public interface ActionStatistics {

    /**
     * Every action that is open now or was closed after {@code closedAfter}, with its days: what the dashboards'
     * figures of any day since {@code closedAfter} are judged from. One read, whatever the number of actions.
     *
     * @param projects only actions in these projects (the viewer's browsable ones); null means every project
     * @param platform only this platform's actions; null means every platform
     */
    void eachActive(Set<String> projects, String platform, LocalDate closedAfter, Consumer<ActionDays> each);

    /** The Problem ticket keys of the slice's actions (what a JQL function answers). */
    List<String> keys(ActionSlice slice);

    /** The slice's actions with the earliest due dates first, at most {@code limit}. */
    List<ActionLine> earliestDue(ActionSlice slice, int limit);

    record ActionLine(String problemKey, String summary, String platform, String team, String postmortemKey,
                      LocalDate dueDate, String assignee) {
    }
}
