package io.postmortem.core.config;

import java.util.List;
import java.util.Locale;

/**
 * How learnings are shared: the engineering-wide group that hears about major (P1/P2) and "share widely"
 * postmortems and the postmortem of the month, and the root-cause taxonomy the library filters by.
 *
 * @param engineeringGroup group of everyone in engineering; blank means nobody beyond the impacted teams is mailed
 * @param rootCauseCategories category slugs, e.g. {@code change}, {@code code-defect}
 */
public record LearningPolicy(String engineeringGroup, List<String> rootCauseCategories) {
    public static final List<String> DEFAULT_CATEGORIES = List.of("change", "configuration", "capacity", "dependency",
            "code-defect", "data", "process", "unknown");

    public LearningPolicy {
        engineeringGroup = engineeringGroup == null ? "" : engineeringGroup.trim();
        rootCauseCategories = rootCauseCategories == null ? DEFAULT_CATEGORIES : List.copyOf(rootCauseCategories);
    }

    /** No engineering-wide group until an administrator names one: a guessed group name would fail validation. */
    public static LearningPolicy defaults() {
        return new LearningPolicy("", DEFAULT_CATEGORIES);
    }

    public boolean hasEngineeringGroup() {
        return !engineeringGroup.isEmpty();
    }

    public boolean knowsCategory(String category) {
        return category != null && rootCauseCategories.contains(category.trim().toLowerCase(Locale.ROOT));
    }
}
