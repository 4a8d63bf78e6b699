package io.postmortem.core.quality;

import io.postmortem.core.config.QualityCriterion;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.QualityPolicy;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.Milestone;
import io.postmortem.core.timeline.Milestones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges one postmortem against every {@link QualityCriterion}, from what it holds and what is around it: its
 * actions, the incident's milestones and the blameless findings still open. Pure: the same inputs give the same
 * checklist, so the document, the publish gate and the dashboards agree.
 *
 * @param unresolvedFindings blameless findings neither fixed nor acknowledged
 * @param now the moment judged; "on time" is judged as if published now when not yet published
 */
public record QualityChecklist(Postmortem postmortem, List<Action> actions, Milestones milestones,
                               int unresolvedFindings, BusinessCalendar calendar, QualityPolicy policy, Instant now) {

    public QualityChecklist {
        actions = List.copyOf(actions);
    }

    public Quality evaluate() {
        List<Quality.Criterion> criteria = new ArrayList<>();
        criteria.add(impact());
        criteria.add(contributingFactor());
        criteria.add(detection());
        criteria.add(actionsComplete());
        criteria.add(preventAction());
        criteria.add(timeline());
        criteria.add(blameless());
        criteria.add(onTime());
        return Quality.of(criteria);
    }

    private Quality.Criterion impact() {
        String text = postmortem.section(Section.IMPACT);
        boolean counted = ImpactText.countsAffected(text);
        boolean lasted = ImpactText.statesDuration(text);
        String detail = counted && lasted ? "The impact says how many were affected and for how long."
                : text.isBlank() ? "Describe the impact: how many people, requests or how much money, and for how long."
                : !counted ? "Say how many people or requests were affected, or how much money was lost."
                : "Say how long the impact lasted.";
        return criterion(QualityCriterion.IMPACT_QUANTIFIED, counted && lasted, detail);
    }

    private Quality.Criterion contributingFactor() {
        int causes = postmortem.rootCauses().size();
        return criterion(QualityCriterion.CONTRIBUTING_FACTOR, causes >= 2, causes >= 2
                ? causes + " root causes and contributing factors are named."
                : causes == 1 ? "Only the trigger is named: add a contributing factor that let it become an incident."
                : "Name the trigger and at least one contributing factor.");
    }

    private Quality.Criterion detection() {
        boolean timeToDetect = milestones.impactStarted() != null && milestones.detected() != null;
        boolean detectAction = actions.stream().anyMatch(a -> a.type() == ActionType.DETECT);
        boolean reason = !postmortem.section(Section.DETECTION).isBlank();
        boolean met = timeToDetect && (detectAction || reason);
        String detail;
        if (!timeToDetect) {
            detail = "Time to detect is unknown: record when impact started and when it was detected on the timeline.";
        } else if (!met) {
            detail = "Raise a detection action, or say under Detection why detection needs no change.";
        } else {
            long minutes = java.time.Duration.between(milestones.impactStarted().at(), milestones.detected().at())
                    .toMinutes();
            detail = "Detected after " + minutes + " minutes; " + (detectAction ? "a detection action is raised."
                    : "the Detection section explains it.");
        }
        return criterion(QualityCriterion.DETECTION_EXAMINED, met, detail);
    }

    private Quality.Criterion actionsComplete() {
        List<Action> live = actions.stream().filter(a -> !a.ticketDeleted()).toList();
        if (live.isEmpty()) {
            boolean reasoned = postmortem.noActionsReason() != null && !postmortem.noActionsReason().isBlank();
            return criterion(QualityCriterion.ACTIONS_COMPLETE, reasoned, reasoned
                    ? "No actions, for the reason given." : "Raise the actions, or say why none are needed.");
        }
        List<String> unowned = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        for (Action action : live) {
            if (action.assignee() == null || action.assignee().isBlank()) {
                unowned.add(action.problemKey());
            }
            if (action.dueDate() == null) {
                undated.add(action.problemKey());
            }
            if (action.type() == null) {
                untyped.add(action.problemKey());
            }
        }
        boolean met = unowned.isEmpty() && undated.isEmpty() && untyped.isEmpty();
        List<String> gaps = new ArrayList<>();
        if (!unowned.isEmpty()) {
            gaps.add("no owner: " + String.join(", ", unowned));
        }
        if (!undated.isEmpty()) {
            gaps.add("no due date: " + String.join(", ", undated));
        }
        if (!untyped.isEmpty()) {
            gaps.add("no type: " + String.join(", ", untyped));
        }
        return criterion(QualityCriterion.ACTIONS_COMPLETE, met, met
                ? "All " + live.size() + " actions have an owner, a due date and a type."
                : "Complete the actions (" + String.join("; ", gaps) + ").");
    }

    private Quality.Criterion preventAction() {
        Severity severity = postmortem.severity();
        if (severity != Severity.P1 && severity != Severity.P2) {
            return criterion(QualityCriterion.PREVENT_ACTION, true, "Not required for " + severity + ".");
        }
        boolean met = actions.stream().anyMatch(a -> !a.ticketDeleted() && a.type() == ActionType.PREVENT
                && (a.priority() == Priority.HIGHEST || a.priority() == Priority.HIGH));
        return criterion(QualityCriterion.PREVENT_ACTION, met, met
                ? "A prevent action at high priority is raised."
                : "A " + severity + " needs at least one prevent action at High or Highest priority.");
    }

    private Quality.Criterion timeline() {
        List<String> missing = new ArrayList<>();
        check(milestones.impactStarted(), "impact start", missing);
        check(milestones.detected(), "detection", missing);
        check(milestones.mitigated(), "mitigation", missing);
        check(milestones.resolved(), "resolution", missing);
        return criterion(QualityCriterion.TIMELINE_MILESTONES, missing.isEmpty(), missing.isEmpty()
                ? "Impact start, detection, mitigation and resolution are on the timeline."
                : "The timeline lacks: " + String.join(", ", missing) + ".");
    }

    private static void check(Milestone milestone, String label, List<String> missing) {
        if (milestone == null) {
            missing.add(label);
        }
    }

    private Quality.Criterion blameless() {
        return criterion(QualityCriterion.BLAMELESS_RESOLVED, unresolvedFindings == 0, unresolvedFindings == 0
                ? "No blameless finding is open."
                : unresolvedFindings + (unresolvedFindings == 1 ? " passage is" : " passages are")
                + " still flagged by the blameless review: reword or acknowledge.");
    }

    private Quality.Criterion onTime() {
        LocalDate due = postmortem.dueDate();
        LocalDate today = calendar.dayOf(now);
        if (postmortem.heldAt() == null) {
            boolean stillOnTime = !today.isAfter(due);
            return criterion(QualityCriterion.ON_TIME, stillOnTime, stillOnTime
                    ? "The meeting is due by " + due + "." : "The meeting was due on " + due + " and has not been held.");
        }
        LocalDate held = calendar.dayOf(postmortem.heldAt());
        if (held.isAfter(due)) {
            return criterion(QualityCriterion.ON_TIME, false, "Held on " + held + ", after its due date " + due + ".");
        }
        LocalDate publishBy = calendar.addBusinessDays(held, policy.publishWithinBusinessDays());
        LocalDate published = postmortem.publishedAt() == null ? today : calendar.dayOf(postmortem.publishedAt());
        boolean met = !published.isAfter(publishBy);
        String detail = postmortem.publishedAt() != null
                ? (met ? "Held on " + held + " and published on " + published + "."
                : "Published on " + published + ", after " + publishBy + ".")
                : (met ? "Held on " + held + "; publish by " + publishBy + "."
                : "Held on " + held + " but not published by " + publishBy + ".");
        return criterion(QualityCriterion.ON_TIME, met, detail);
    }

    private static Quality.Criterion criterion(QualityCriterion which, boolean met, String detail) {
        return new Quality.Criterion(which.id(), met, detail);
    }
}
