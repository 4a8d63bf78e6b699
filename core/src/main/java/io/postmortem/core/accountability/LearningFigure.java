package io.postmortem.core.accountability;

import io.postmortem.core.quality.QualityScores;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The postmortem sets behind the learning figures of the dashboards, by the name the {@code postmortemsOf} JQL
 * function takes. All are P1–P3 postmortems published within the last {@link #WINDOW_DAYS} days.
 */
public enum LearningFigure {
    /** Published in the window and scored against the review checklist: the median score is theirs. */
    SCORED("scored"),
    /** Scored and at or above the administrators' bar: the numerator of the share meeting the bar. */
    MEETING_BAR("meetingBar"),
    /** Published in the window at least {@link #READ_DAYS} days ago: their impacted engineers' reads are counted. */
    READ_MEASURED("readMeasured");

    public static final int WINDOW_DAYS = 90;
    public static final int READ_DAYS = 14;

    private final String argument;

    LearningFigure(String argument) {
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }

    public static Optional<LearningFigure> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.argument.equalsIgnoreCase(text == null ? "" : text.trim())).findFirst();
    }

    boolean matches(PostmortemFact fact, Map<String, QualityScores.Recorded> scores, LocalDate today, ZoneId zone) {
        if (!PostmortemRules.isMajor(fact) || fact.publishedAt() == null) {
            return false;
        }
        LocalDate published = fact.publishedAt().atZone(zone).toLocalDate();
        if (published.isAfter(today) || !published.isAfter(today.minusDays(WINDOW_DAYS))) {
            return false;
        }
        QualityScores.Recorded score = scores.get(fact.key());
        return switch (this) {
            case SCORED -> score != null;
            case MEETING_BAR -> score != null && score.meetsBar();
            case READ_MEASURED -> !published.isAfter(today.minusDays(READ_DAYS));
        };
    }
}
