package io.postmortem.core.blameless;

import io.postmortem.core.shared.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The blameless review's rules and word lists, read from a text resource ({@code rules_<language>.txt} next to
 * this class) so that they can be read, changed and extended without touching code. The format is described at
 * the top of {@code rules_en.txt}: {@code [words <list>]} sections hold comma-separated words, {@code [rule <id>]}
 * sections hold {@code key = value} lines.
 *
 * <p>An administrator's extension uses the same format and is merged with {@link #merge(String)}: words and
 * phrases are added to sections of the same name, single-valued keys (subject, negation, message, ...) replace
 * the default, {@code remove = ...} takes phrases or words out and {@code enabled = false} switches a rule off.
 * Immutable; errors name the line ({@link ValidationException} on field {@code rules}).
 */
public final class BlamelessRules {
    static final List<String> MULTI_KEYS = List.of("phrase", "require-next", "except-next", "except-previous",
            "require-before", "require-later", "except-earlier", "except-later");
    static final List<String> SINGLE_KEYS = List.of("subject", "negation", "object", "span", "message", "suggestion",
            "enabled", "target", "clause", "actor");

    private final Map<String, Set<String>> words;
    private final Map<String, Map<String, List<String>>> rules;

    private BlamelessRules(Map<String, Set<String>> words, Map<String, Map<String, List<String>>> rules) {
        this.words = words;
        this.rules = rules;
    }

    /** The rules shipped for the locale's language, falling back to English. */
    public static BlamelessRules defaults(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        InputStream in = BlamelessRules.class.getResourceAsStream("rules_" + language + ".txt");
        if (in == null) {
            in = BlamelessRules.class.getResourceAsStream("rules_en.txt");
        }
        if (in == null) {
            throw new IllegalStateException("rules_en.txt is missing from the core module");
        }
        try (InputStream stream = in) {
            return parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BlamelessRules parse(String text) {
        return new BlamelessRules(Map.of(), Map.of()).merge(text);
    }

    /** These rules with an extension (same format) merged in; this object is unchanged. */
    public BlamelessRules merge(String extension) {
        Map<String, Set<String>> newWords = new LinkedHashMap<>();
        words.forEach((k, v) -> newWords.put(k, new LinkedHashSet<>(v)));
        Map<String, Map<String, List<String>>> newRules = new LinkedHashMap<>();
        rules.forEach((id, keys) -> {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            keys.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
            newRules.put(id, copy);
        });

        String kind = null;
        String name = null;
        String[] lines = extension == null ? new String[0] : extension.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw error(n, "a section header ends with ]");
                }
                String[] parts = line.substring(1, line.length() - 1).strip().split("\\s+");
                if (parts.length != 2 || !(parts[0].equals("words") || parts[0].equals("rule"))) {
                    throw error(n, "write [words <list>] or [rule <id>]");
                }
                kind = parts[0];
                name = parts[1].toLowerCase(Locale.ROOT);
                if (kind.equals("words")) {
                    newWords.computeIfAbsent(name, k -> new LinkedHashSet<>());
                } else {
                    newRules.computeIfAbsent(name, k -> new LinkedHashMap<>());
                }
                continue;
            }
            if (kind == null) {
                throw error(n, "text before the first [words ...] or [rule ...] section");
            }
            if (kind.equals("words")) {
                Set<String> list = newWords.get(name);
                if (line.startsWith("remove") && line.substring(6).strip().startsWith("=")) {
                    split(line.substring(line.indexOf('=') + 1), ",").forEach(w -> list.remove(w));
                } else {
                    list.addAll(split(line, ","));
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw error(n, "a rule line is key = value");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            Map<String, List<String>> rule = newRules.get(name);
            if (MULTI_KEYS.contains(key)) {
                rule.computeIfAbsent(key, k -> new ArrayList<>()).addAll(split(value, "|"));
            } else if (key.equals("remove")) {
                List<String> removed = split(value, "|");
                rule.computeIfAbsent("phrase", k -> new ArrayList<>()).removeAll(removed);
            } else if (SINGLE_KEYS.contains(key)) {
                checkValue(n, key, value);
                rule.put(key, List.of(value));
            } else {
                throw error(n, "unknown key '" + key + "'");
            }
        }
        for (Map.Entry<String, Map<String, List<String>>> rule : newRules.entrySet()) {
            boolean enabled = !"false".equalsIgnoreCase(single(rule.getValue(), "enabled", "true"));
            if (enabled && rule.getValue().getOrDefault("phrase", List.of()).isEmpty()) {
                throw new ValidationException("rules", "Rule " + rule.getKey() + " has no phrase.");
            }
        }
        return new BlamelessRules(freezeWords(newWords), freezeRules(newRules));
    }

    /** A word list by name (lower case); empty when the rules do not define it. */
    public Set<String> words(String list) {
        return words.getOrDefault(list, Set.of());
    }

    /** The ids of the rules, in the order they were defined, including switched-off ones. */
    public List<String> ruleIds() {
        return List.copyOf(rules.keySet());
    }

    /** The rules that are switched on, ready to match. */
    List<BlamelessRule> compile() {
        List<BlamelessRule> compiled = new ArrayList<>();
        rules.forEach((id, keys) -> {
            if (!"false".equalsIgnoreCase(single(keys, "enabled", "true"))) {
                compiled.add(BlamelessRule.of(id, keys));
            }
        });
        return compiled;
    }

    static String single(Map<String, List<String>> keys, String key, String fallback) {
        List<String> values = keys.get(key);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    private static void checkValue(int n, String key, String value) {
        boolean ok = switch (key) {
            case "subject" -> List.of("any", "not-system", "person", "individual", "named", "actor").contains(value);
            case "target" -> List.of("any", "person").contains(value);
            case "clause" -> List.of("any", "if").contains(value);
            case "actor" -> List.of("any", "in-clause").contains(value);
            case "negation" -> List.of("none", "before", "around", "required").contains(value);
            case "span" -> List.of("phrase", "subject").contains(value);
            case "enabled" -> value.equals("true") || value.equals("false");
            case "object" -> value.matches("[0-9]{1,2}");
            default -> !value.isEmpty();
        };
        if (!ok) {
            throw error(n, "invalid value '" + value + "' for " + key);
        }
    }

    private static List<String> split(String value, String separator) {
        List<String> result = new ArrayList<>();
        for (String part : value.split(java.util.regex.Pattern.quote(separator))) {
            String item = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!item.isEmpty()) {
                result.add(item);
            }
        }
        return result;
    }

    private static ValidationException error(int lineIndex, String message) {
        return new ValidationException("rules", "Line " + (lineIndex + 1) + ": " + message + ".");
    }

    private static Map<String, Set<String>> freezeWords(Map<String, Set<String>> words) {
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        words.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(frozen);
    }

    private static Map<String, Map<String, List<String>>> freezeRules(Map<String, Map<String, List<String>>> rules) {
        Map<String, Map<String, List<String>>> frozen = new LinkedHashMap<>();
        rules.forEach((id, keys) -> {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            keys.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            frozen.put(id, Collections.unmodifiableMap(copy));
        });
        return Collections.unmodifiableMap(frozen);
    }
}
