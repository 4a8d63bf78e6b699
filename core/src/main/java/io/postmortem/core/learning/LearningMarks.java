package io.postmortem.core.learning;

import java.util.List;

/** What the facilitator and teams add for sharing: whether to mail everyone in engineering, and free tags. */
public record LearningMarks(String postmortemKey, boolean shareWidely, List<String> tags) {

    public LearningMarks {
        tags = List.copyOf(tags);
    }

    public static LearningMarks none(String postmortemKey) {
        return new LearningMarks(postmortemKey, false, List.of());
    }
}
