package io.postmortem.plugin.persistence.learning;

import io.postmortem.plugin.persistence.Like;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Lists stored as {@code |a|b|}: a value is found with {@code LIKE '%|value|%'} on every database. */
final class Bars {

    private Bars() {
    }

    static String join(List<String> values) {
        StringBuilder out = new StringBuilder("|");
        values.forEach(value -> out.append(clean(value)).append('|'));
        return out.toString();
    }

    static List<String> split(String stored) {
        if (stored == null || stored.length() < 2) {
            return List.of();
        }
        return Arrays.stream(stored.substring(1, stored.length() - 1).split("\\|", -1)).filter(s -> !s.isEmpty()).toList();
    }

    /** The {@link Like} pattern finding one value; matched against lower-cased values where {@code lowerCase}. */
    static String like(String value, boolean lowerCase) {
        String cleaned = clean(value);
        return Like.containing("|" + (lowerCase ? cleaned.toLowerCase(Locale.ROOT) : cleaned) + "|");
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('|', '/').trim();
    }
}
