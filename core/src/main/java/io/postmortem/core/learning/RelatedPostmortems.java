package io.postmortem.core.learning;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Have we seen this before?": published postmortems of other incidents that share the incident's services or
 * components, its root-cause categories or (a weaker signal) its teams, with their actions. When a root cause of
 * this incident's postmortem is {@linkplain RootCauseSimilarity similar} to one of theirs, both sides show the
 * recurrence, and the earlier postmortem's actions are flagged as not having prevented it. From the earlier side,
 * later postmortems still being written count too, so a recurrence shows as soon as its cause is named.
 */
public final class RelatedPostmortems {
    static final int COMPONENT_WEIGHT = 3;
    static final int CATEGORY_WEIGHT = 2;
    static final int TEAM_WEIGHT = 1;
    static final int RECURRENCE_WEIGHT = 5;
    static final int LIMIT = 20;

    private final IncidentTickets incidents;
    private final PostmortemRepository postmortems;
    private final LearningIndex index;
    private final ActionSummaries actions;
    private final Permissions permissions;

    public RelatedPostmortems(IncidentTickets incidents, PostmortemRepository postmortems, LearningIndex index,
                              ActionSummaries actions, Permissions permissions) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.index = index;
        this.actions = actions;
        this.permissions = permissions;
    }

    /** A pair of causes judged the same: ours (this incident's) and theirs. */
    public record Recurrence(String ourCause, String theirCause, double overlap) {
    }

    /**
     * @param earlier their incident happened before this one
     * @param published false for a later postmortem still being written, shown only for its recurrence
     * @param actionsDidNotPrevent their actions came before a recurrence of their cause
     */
    public record Related(String postmortemKey, String incidentKey, String title, String severity, boolean published,
                          boolean earlier, Instant publishedAt, List<String> sharedComponents,
                          List<String> sharedCategories, List<String> sharedTeams, List<Recurrence> recurrences,
                          List<ActionSummaries.ActionSummary> actions, boolean actionsDidNotPrevent, int score) {
    }

    public List<Related> of(String incidentKey, Actor viewer) {
        if (!permissions.canBrowseIssue(viewer.username(), incidentKey)) {
            if (!incidents.exists(incidentKey)) {
                throw new NotFoundException("No incident " + incidentKey + ".");
            }
            throw new ForbiddenException("You do not have permission to see " + incidentKey + ".");
        }
        Incident incident = incidents.find(incidentKey)
                .orElseThrow(() -> new NotFoundException("No incident " + incidentKey + "."));
        Optional<Postmortem> own = postmortems.findByIncident(incidentKey);
        List<RootCause> ourCauses = own.map(Postmortem::rootCauses).orElse(List.of());
        Set<String> ourCategories = new LinkedHashSet<>();
        ourCauses.stream().map(RootCause::category).filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toLowerCase(Locale.ROOT)).filter(c -> !c.equals("unknown"))
                .forEach(ourCategories::add);
        Set<String> ourComponents = new LinkedHashSet<>();
        incident.components().forEach(c -> ourComponents.add(c.trim().toLowerCase(Locale.ROOT)));
        Set<String> ourTeams = new LinkedHashSet<>(incident.allTeams());
        Instant ourTime = incident.startedAt() != null ? incident.startedAt() : incident.createdAt();

        List<Related> related = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LibraryEntry entry : index.all()) {
            if (entry.incidentKey().equals(incidentKey) || !browsable(viewer, entry.incidentKey())) {
                continue;
            }
            seen.add(entry.incidentKey());
            List<String> components = entry.lowerCaseComponents().stream().filter(ourComponents::contains).distinct().toList();
            List<String> categories = entry.categories().stream().filter(ourCategories::contains).toList();
            List<String> teams = entry.teams().stream().filter(ourTeams::contains).toList();
            List<Recurrence> recurrences = recurrences(ourCauses, entry.rootCauses());
            if (components.isEmpty() && categories.isEmpty() && teams.isEmpty() && recurrences.isEmpty()) {
                continue;
            }
            boolean earlier = entry.incidentAt() != null && ourTime != null && entry.incidentAt().isBefore(ourTime);
            int score = COMPONENT_WEIGHT * components.size() + CATEGORY_WEIGHT * categories.size()
                    + TEAM_WEIGHT * teams.size() + RECURRENCE_WEIGHT * recurrences.size();
            // Their actions are read below, for the shown ones at once.
            related.add(new Related(entry.postmortemKey(), entry.incidentKey(), entry.title(), entry.severity().name(),
                    true, earlier, entry.publishedAt(), components, categories, teams, recurrences, List.of(),
                    false, score));
        }
        // Later postmortems still being written: only their recurrence of one of our causes is worth showing.
        for (Postmortem later : postmortems.unpublished()) {
            if (later.incidentKey().equals(incidentKey) || seen.contains(later.incidentKey())
                    || !browsable(viewer, later.incidentKey())) {
                continue;
            }
            List<Recurrence> recurrences = recurrences(ourCauses, later.rootCauses());
            Optional<Incident> theirIncident = incidents.find(later.incidentKey());
            Instant theirTime = theirIncident.map(i -> i.startedAt() != null ? i.startedAt() : i.createdAt())
                    .orElse(later.createdAt());
            if (recurrences.isEmpty() || ourTime == null || !theirTime.isAfter(ourTime)) {
                continue;
            }
            related.add(new Related(later.key(), later.incidentKey(),
                    theirIncident.map(Incident::summary).orElse(later.key()), later.severity().name(), false, false,
                    null, List.of(), List.of(), List.of(), recurrences, List.of(), false,
                    RECURRENCE_WEIGHT * recurrences.size()));
        }
        List<Related> shown = related.stream()
                .sorted(Comparator.comparingInt(Related::score).reversed()
                        .thenComparing(r -> r.publishedAt() == null ? Instant.MAX : r.publishedAt(),
                                Comparator.reverseOrder()))
                .limit(LIMIT)
                .toList();
        return withTheirActions(shown);
    }

    /**
     * The published ones with their actions, read in one go: read per postmortem, the answer cost a statement for
     * each related postmortem.
     */
    private List<Related> withTheirActions(List<Related> shown) {
        Map<String, List<ActionSummaries.ActionSummary>> theirs = actions.actionsOf(
                shown.stream().filter(Related::published).map(Related::postmortemKey).toList());
        return shown.stream().map(r -> {
            if (!r.published()) {
                return r;
            }
            List<ActionSummaries.ActionSummary> theirActions = theirs.getOrDefault(r.postmortemKey(), List.of());
            return new Related(r.postmortemKey(), r.incidentKey(), r.title(), r.severity(), true, r.earlier(),
                    r.publishedAt(), r.sharedComponents(), r.sharedCategories(), r.sharedTeams(), r.recurrences(),
                    theirActions, r.earlier() && !r.recurrences().isEmpty() && !theirActions.isEmpty(), r.score());
        }).toList();
    }

    static List<Recurrence> recurrences(List<RootCause> ours, List<RootCause> theirs) {
        List<Recurrence> found = new ArrayList<>();
        for (RootCause our : ours) {
            for (RootCause their : theirs) {
                if (RootCauseSimilarity.similar(our.description(), their.description())) {
                    found.add(new Recurrence(our.description(), their.description(),
                            RootCauseSimilarity.overlap(our.description(), their.description())));
                }
            }
        }
        return found;
    }

    private boolean browsable(Actor viewer, String incidentKey) {
        return permissions.canBrowseIssue(viewer.username(), incidentKey);
    }
}
