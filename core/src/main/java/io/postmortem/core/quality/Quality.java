package io.postmortem.core.quality;

import io.postmortem.core.config.QualityCriterion;

import java.util.List;

/**
 * How a postmortem fares against the review checklist: a score from 0 to 100 (the share of criteria met) and each
 * criterion with what was found.
 */
public record Quality(int score, List<Criterion> criteria) {

    public Quality {
        criteria = List.copyOf(criteria);
    }

    /** One checklist item: met or not, and a sentence saying what was found or what is missing. */
    public record Criterion(String id, boolean met, String detail) {
    }

    public static Quality of(List<Criterion> criteria) {
        long met = criteria.stream().filter(Criterion::met).count();
        int score = criteria.isEmpty() ? 0 : (int) Math.round(100.0 * met / criteria.size());
        return new Quality(score, criteria);
    }

    public boolean meets(int bar) {
        return score >= bar;
    }

    public boolean met(QualityCriterion criterion) {
        return criteria.stream().anyMatch(c -> c.id().equals(criterion.id()) && c.met());
    }

    public java.util.Optional<Criterion> criterion(QualityCriterion criterion) {
        return criteria.stream().filter(c -> c.id().equals(criterion.id())).findFirst();
    }
}
