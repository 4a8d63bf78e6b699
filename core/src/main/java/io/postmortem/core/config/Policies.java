package io.postmortem.core.config;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation's rules: which incidents need a postmortem, how soon the meeting is due, who facilitates,
 * how long actions may take, the business calendar and reminder timing.
 *
 * @param actionDueBusinessDays per incident severity, per action priority
 * @param escalateAfterBusinessDays an overdue postmortem this many business days late also goes to MIM and the Lead
 * @param actionDueSoonBusinessDays owning teams hear about an action this many business days before it is due
 * @param leadDigestDay the day of the week Platform Leads get their digest of overdue actions
 */
public record Policies(
        Set<Severity> postmortemSeverities,
        Map<Severity, Integer> meetingDueBusinessDays,
        Map<Severity, FacilitatorRule> facilitator,
        Map<Severity, Map<Priority, Integer>> actionDueBusinessDays,
        BusinessCalendar calendar,
        int escalateAfterBusinessDays,
        int actionDueSoonBusinessDays,
        DayOfWeek leadDigestDay) {

    public Policies {
        // Sorted, not Set.copyOf, whose order changes from one JVM to the next: the same configuration is the same
        // text on every node.
        postmortemSeverities = Collections.unmodifiableSortedSet(new TreeSet<>(postmortemSeverities));
        meetingDueBusinessDays = Map.copyOf(meetingDueBusinessDays);
        facilitator = Map.copyOf(facilitator);
        Map<Severity, Map<Priority, Integer>> copy = new EnumMap<>(Severity.class);
        actionDueBusinessDays.forEach((severity, byPriority) -> copy.put(severity, Map.copyOf(byPriority)));
        actionDueBusinessDays = Map.copyOf(copy);
    }

    public static Policies defaults() {
        Map<Severity, Integer> meeting = new EnumMap<>(Severity.class);
        Map<Severity, FacilitatorRule> facilitator = new EnumMap<>(Severity.class);
        Map<Severity, Map<Priority, Integer>> actions = new EnumMap<>(Severity.class);
        Map<Severity, Integer> actionDays = Map.of(Severity.P1, 20, Severity.P2, 30, Severity.P3, 40,
                Severity.P4, 60, Severity.P5, 90);
        for (Severity severity : Severity.values()) {
            meeting.put(severity, 2);
            facilitator.put(severity, severity.isMajor() ? FacilitatorRule.MIM : FacilitatorRule.TEAM);
            Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
            for (Priority priority : Priority.values()) {
                byPriority.put(priority, actionDays.get(severity));
            }
            actions.put(severity, byPriority);
        }
        return new Policies(Set.of(Severity.P1, Severity.P2, Severity.P3), meeting, facilitator, actions,
                BusinessCalendar.standard(), 2, 5, DayOfWeek.MONDAY);
    }

    public boolean requiresPostmortem(Severity severity) {
        return postmortemSeverities.contains(severity);
    }

    public int meetingDueDays(Severity severity) {
        return meetingDueBusinessDays.getOrDefault(severity, 2);
    }

    public FacilitatorRule facilitatorFor(Severity severity) {
        return facilitator.getOrDefault(severity, severity.isMajor() ? FacilitatorRule.MIM : FacilitatorRule.TEAM);
    }

    public int actionDueDays(Severity severity, Priority priority) {
        return actionDueBusinessDays.getOrDefault(severity, Map.of()).getOrDefault(priority, 40);
    }
}
