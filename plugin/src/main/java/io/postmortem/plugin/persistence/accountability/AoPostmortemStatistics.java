package io.postmortem.plugin.persistence.accountability;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.accountability.PostmortemStatistics;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reads the dashboard columns of the postmortems in the browsable projects in one streamed query (no sections, no
 * root causes). One postmortem per P1–P3 incident keeps this in the thousands; the project filter is in the query
 * as a key-prefix match on the unique, indexed postmortem key.
 */
public class AoPostmortemStatistics implements PostmortemStatistics {
    private final ActiveObjects ao;

    public AoPostmortemStatistics(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<PostmortemFact> facts(Set<String> projects) {
        Query query = Query.select("ID, POSTMORTEM_KEY, SEVERITY, PLATFORM, OWNING_TEAM, DUE_DATE, CREATED_AT, HELD_AT, PUBLISHED_AT");
        if (projects != null) {
            if (projects.isEmpty()) {
                return List.of();
            }
            List<String> sorted = projects.stream().sorted().toList();
            query = query.where(String.join(" OR ", Collections.nCopies(sorted.size(), "POSTMORTEM_KEY LIKE ?")),
                    sorted.stream().map(p -> p + "-%").toArray());
        }
        List<PostmortemFact> facts = new ArrayList<>();
        GuardedAo.stream(ao, PostmortemEntity.class, query.order("ID ASC"), row -> facts.add(new PostmortemFact(
                row.getPostmortemKey(), Severity.parse(row.getSeverity()).orElse(null), row.getPlatform(),
                row.getOwningTeam(), LocalDate.parse(row.getDueDate()), Instant.ofEpochMilli(row.getCreatedAt()),
                row.getHeldAt() == null ? null : Instant.ofEpochMilli(row.getHeldAt()),
                row.getPublishedAt() == null ? null : Instant.ofEpochMilli(row.getPublishedAt()))));
        return facts;
    }
}
