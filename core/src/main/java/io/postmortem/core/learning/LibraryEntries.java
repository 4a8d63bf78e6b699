package io.postmortem.core.learning;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a postmortem's {@link LibraryEntry} from the postmortem, its incident, the directory and its marks. */
final class LibraryEntries {

    private LibraryEntries() {
    }

    static LibraryEntry of(Postmortem postmortem, Optional<Incident> incident, Directory directory, LearningMarks marks) {
        List<String> teams = incident.map(Incident::allTeams).orElse(List.of());
        Set<String> platforms = new LinkedHashSet<>();
        Set<String> components = new LinkedHashSet<>();
        for (String slug : teams) {
            directory.team(slug).map(Team::platform).ifPresent(platforms::add);
        }
        incident.ifPresent(i -> components.addAll(i.components()));
        Set<String> categories = postmortem.rootCauses().stream().map(RootCause::category)
                .filter(c -> c != null && !c.isBlank()).map(c -> c.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String body = postmortem.sections().entrySet().stream().filter(e -> e.getKey() != Section.SUMMARY)
                .map(java.util.Map.Entry::getValue).collect(Collectors.joining("\n"));
        Instant incidentAt = incident.map(i -> i.startedAt() != null ? i.startedAt() : i.createdAt())
                .orElse(postmortem.createdAt());
        Instant publishedAt = postmortem.publishedAt() != null ? postmortem.publishedAt() : postmortem.createdAt();
        return new LibraryEntry(postmortem.key(), postmortem.incidentKey(),
                incident.map(Incident::summary).orElse(postmortem.key()), postmortem.severity(),
                List.copyOf(platforms), teams, List.copyOf(components), List.copyOf(categories), marks.tags(),
                postmortem.rootCauses(), postmortem.section(Section.SUMMARY), body, incidentAt, publishedAt);
    }
}
