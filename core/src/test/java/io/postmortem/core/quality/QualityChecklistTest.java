package io.postmortem.core.quality;

import io.postmortem.core.config.QualityCriterion;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.QualityPolicy;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.timeline.EntryKind;
import io.postmortem.core.timeline.Milestone;
import io.postmortem.core.timeline.Milestones;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QualityChecklistTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final BusinessCalendar CALENDAR = BusinessCalendar.standard();
    private static final Milestones NONE = new Milestones(null, null, null, null);

    private static Postmortem postmortem(Severity severity, Map<Section, String> sections, List<RootCause> causes) {
        return new Postmortem("PM-1", "INC-1", severity, "checkout", "payments", PostmortemStatus.DRAFT,
                LocalDate.parse("2026-11-24"), new Facilitator(Facilitator.Type.MIM, "mim"), sections, causes, null,
                null, NOW.minusSeconds(3600), null, null, 0);
    }

    private static Action action(ActionType type, Priority priority, String assignee) {
        return new Action(1, "r1", "PM-1", "INC-1", "CHK-1", "CHK", "Add a canary", "", type, "checkout", "payments",
                priority, Severity.P1, LocalDate.parse("2026-12-10"), LocalDate.parse("2026-12-10"), null,
                ActionStatus.OPEN, null, false, assignee, null, "dev", NOW, null);
    }

    private static Milestone milestone(EntryKind kind, String at) {
        return new Milestone(kind, Instant.parse(at), Milestone.Origin.INCIDENT_FIELD, null, null);
    }

    private static Quality judge(Postmortem postmortem, List<Action> actions, Milestones milestones, int findings) {
        return new QualityChecklist(postmortem, actions, milestones, findings, CALENDAR, QualityPolicy.defaults(), NOW)
                .evaluate();
    }

    @Test
    void a_new_postmortem_is_judged_on_every_criterion_and_scores_low() {
        Quality quality = judge(postmortem(Severity.P1, Map.of(), List.of()), List.of(), NONE, 0);

        assertThat(quality.criteria()).extracting(Quality.Criterion::id).containsExactly("impact-quantified",
                "contributing-factor", "detection-examined", "actions-owned-dated-typed",
                "prevent-action-high-priority", "timeline-milestones", "blameless-resolved",
                "held-and-published-on-time");
        assertThat(quality.criteria()).allSatisfy(c -> assertThat(c.detail()).isNotBlank());
        // only "no blameless finding" and "meeting not yet due" hold for an empty P1 postmortem
        assertThat(quality.score()).isEqualTo(25);
    }

    @Test
    void writing_quantified_impact_causes_detection_and_a_prevent_action_raises_the_score() {
        Quality before = judge(postmortem(Severity.P1, Map.of(Section.IMPACT, "Customers could not pay."),
                List.of(new RootCause("Config push", "change"))), List.of(), NONE, 1);

        Postmortem written = postmortem(Severity.P1, Map.of(
                        Section.IMPACT, "About 1,200 customers saw failed payments for 42 minutes (£18k in orders).",
                        Section.DETECTION, "The checkout error-rate alert fired; its threshold was right."),
                List.of(new RootCause("Config push without a canary", "change"),
                        new RootCause("The pool size had no alert on saturation", "capacity")));
        Milestones milestones = new Milestones(milestone(EntryKind.IMPACT_STARTED, "2026-11-19T09:00:00Z"),
                milestone(EntryKind.DETECTED, "2026-11-19T09:06:00Z"), milestone(EntryKind.MITIGATED, "2026-11-19T09:30:00Z"),
                milestone(EntryKind.RESOLVED, "2026-11-19T09:42:00Z"));
        Quality after = judge(written, List.of(action(ActionType.PREVENT, Priority.HIGH, "dev-checkout")), milestones, 0);

        assertThat(before.met(QualityCriterion.IMPACT_QUANTIFIED)).isFalse();
        assertThat(before.met(QualityCriterion.CONTRIBUTING_FACTOR)).isFalse();
        assertThat(after.criteria()).allSatisfy(c -> assertThat(c.met()).as(c.id() + ": " + c.detail()).isTrue());
        assertThat(after.score()).isEqualTo(100).isGreaterThan(before.score());
        assertThat(after.criterion(QualityCriterion.DETECTION_EXAMINED).orElseThrow().detail()).contains("6 minutes");
    }

    @Test
    void impact_without_a_count_or_a_duration_is_not_quantified() {
        assertThat(ImpactText.countsAffected("Some customers were affected")).isFalse();
        assertThat(ImpactText.countsAffected("3.4k requests failed")).isTrue();
        assertThat(ImpactText.countsAffected("we lost $12,000")).isTrue();
        assertThat(ImpactText.statesDuration("between 09:10–09:52 UTC")).isTrue();
        assertThat(ImpactText.statesDuration("for a while")).isFalse();
    }

    @Test
    void actions_must_be_owned_and_p1_needs_a_high_priority_prevent_action() {
        Postmortem postmortem = postmortem(Severity.P1, Map.of(), List.of());
        Quality unowned = judge(postmortem, List.of(action(ActionType.PREVENT, Priority.MEDIUM, null)), NONE, 0);

        assertThat(unowned.criterion(QualityCriterion.ACTIONS_COMPLETE).orElseThrow().detail()).contains("no owner: CHK-1");
        assertThat(unowned.met(QualityCriterion.PREVENT_ACTION)).isFalse();
        Quality p3 = judge(postmortem(Severity.P3, Map.of(), List.of()), List.of(), NONE, 0);
        assertThat(p3.met(QualityCriterion.PREVENT_ACTION)).isTrue();
    }

    @Test
    void on_time_means_held_by_the_due_date_and_published_within_the_policy_days() {
        Postmortem held = postmortem(Severity.P2, Map.of(), List.of())
                .withStatus(PostmortemStatus.IN_REVIEW, Instant.parse("2026-11-23T10:00:00Z"));
        Postmortem late = held.withStatus(PostmortemStatus.PUBLISHED, Instant.parse("2026-12-15T10:00:00Z"));
        Postmortem prompt = held.withStatus(PostmortemStatus.PUBLISHED, Instant.parse("2026-11-25T10:00:00Z"));

        assertThat(judge(late, List.of(), NONE, 0).met(QualityCriterion.ON_TIME)).isFalse();
        assertThat(judge(prompt, List.of(), NONE, 0).met(QualityCriterion.ON_TIME)).isTrue();
        Postmortem neverHeld = postmortem(Severity.P2, Map.of(), List.of());
        assertThat(new QualityChecklist(neverHeld, List.of(), NONE, 0, CALENDAR, QualityPolicy.defaults(),
                Instant.parse("2026-11-30T10:00:00Z")).evaluate().met(QualityCriterion.ON_TIME)).isFalse();
    }
}
