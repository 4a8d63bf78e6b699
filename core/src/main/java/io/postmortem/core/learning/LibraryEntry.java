package io.postmortem.core.learning;

import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A published postmortem as the library knows it: denormalised so search, filters and "seen this before" need no
 * other lookup. Lists hold slugs (platforms, teams, categories, tags) or component names as the incident has them.
 *
 * @param title the incident's summary
 * @param summary the postmortem's summary section
 * @param body every other section's text, for full-text search
 * @param incidentAt when the incident started (or was created), to tell earlier incidents from later ones
 */
public record LibraryEntry(
        String postmortemKey,
        String incidentKey,
        String title,
        Severity severity,
        List<String> platforms,
        List<String> teams,
        List<String> components,
        List<String> categories,
        List<String> tags,
        List<RootCause> rootCauses,
        String summary,
        String body,
        Instant incidentAt,
        Instant publishedAt) {

    public LibraryEntry {
        platforms = List.copyOf(platforms);
        teams = List.copyOf(teams);
        components = List.copyOf(components);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        rootCauses = List.copyOf(rootCauses);
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }

    /** Words that rank first: the title, the summary and the root causes. */
    public Set<String> primaryWords() {
        List<String> texts = new ArrayList<>(List.of(title == null ? "" : title, summary));
        rootCauses.forEach(cause -> texts.add(cause.description()));
        return Words.distinct(texts);
    }

    /** Every searchable word: primary words, the rest of the text, keys, teams, components, categories and tags. */
    public Set<String> allWords() {
        List<String> texts = new ArrayList<>(List.of(title == null ? "" : title, summary, body, postmortemKey,
                incidentKey));
        rootCauses.forEach(cause -> texts.add(cause.description()));
        texts.addAll(platforms);
        texts.addAll(teams);
        texts.addAll(components);
        texts.addAll(categories);
        texts.addAll(tags);
        return Words.distinct(texts);
    }

    public boolean hasComponent(String component) {
        return components.stream().anyMatch(c -> c.equalsIgnoreCase(component.trim()));
    }

    public List<String> lowerCaseComponents() {
        return components.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
