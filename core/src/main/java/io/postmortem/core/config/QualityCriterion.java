package io.postmortem.core.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * The review checklist, after Google's SRE postmortem review: key data collected, impact assessed completely, root
 * cause deep enough, an action plan with owners and priorities, the outcome shared on time. Ids are stable: the
 * configuration names the gating criteria by them and the JSON reports them.
 */
public enum QualityCriterion {
    IMPACT_QUANTIFIED("impact-quantified", "Impact quantified"),
    CONTRIBUTING_FACTOR("contributing-factor", "A contributing factor beyond the trigger"),
    DETECTION_EXAMINED("detection-examined", "Detection examined"),
    ACTIONS_COMPLETE("actions-owned-dated-typed", "Every action owned, dated and typed"),
    PREVENT_ACTION("prevent-action-high-priority", "A high-priority prevent action (P1/P2)"),
    TIMELINE_MILESTONES("timeline-milestones", "Timeline milestones present"),
    BLAMELESS_RESOLVED("blameless-resolved", "Blameless findings resolved"),
    ON_TIME("held-and-published-on-time", "Held and published on time");

    private final String id;
    private final String label;

    QualityCriterion(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** English label for mail and messages; pages use the i18n key {@code postmortem.quality.<id>}. */
    public String label() {
        return label;
    }

    public static Optional<QualityCriterion> parse(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id == null ? "" : id.trim())).findFirst();
    }
}
