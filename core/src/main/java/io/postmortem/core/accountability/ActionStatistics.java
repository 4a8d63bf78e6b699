package io.postmortem.core.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * Aggregate reads over actions for the accountability dashboards. Each method is one grouped query in the store,
 * so the number of queries a dashboard makes never depends on the number of actions.
 */
public interface ActionStatistics {

    /** How many actions of the slice each (platform, team) has. */
    List<GroupCount> count(ActionSlice slice);

    /** Per (platform, team), how many actions of the slice were created on each day (for ages and medians). */
    List<GroupValueCount> countByCreatedDay(ActionSlice slice);

    /** Per (platform, team), how many closed actions of the slice took each number of days from creation to closing. */
    List<GroupValueCount> countByDaysToClose(ActionSlice slice);

    /** The Problem ticket keys of the slice's actions (what a JQL function answers). */
    List<String> keys(ActionSlice slice);

    /** The slice's actions with the earliest due dates first, at most {@code limit}. */
    List<ActionLine> earliestDue(ActionSlice slice, int limit);

    /** @param platform the platform slug (null if unknown) */
    record GroupCount(String platform, String team, long count) {
    }

    /** @param value a day as epoch day, or a number of days */
    record GroupValueCount(String platform, String team, long value, long count) {
    }

    record ActionLine(String problemKey, String summary, String platform, String team, String postmortemKey,
                      LocalDate dueDate, String assignee) {
    }
}
