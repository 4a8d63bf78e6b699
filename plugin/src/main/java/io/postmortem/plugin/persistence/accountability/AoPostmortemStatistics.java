package io.postmortem.plugin.persistence.accountability;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.accountability.PostmortemStatistics;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.Like;
import io.postmortem.plugin.persistence.ParameterLists;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the dashboard columns of the postmortems in the browsable projects in one streamed query (no sections, no
 * root causes). One postmortem per P1–P3 incident keeps this in the thousands; the project filter is in the query
 * as a key-prefix match on the unique, indexed postmortem key ({@link Like}), one statement per
 * {@link ParameterLists#CHUNK} projects.
 */
public class AoPostmortemStatistics implements PostmortemStatistics {
    private final ActiveObjects ao;

    public AoPostmortemStatistics(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<PostmortemFact> facts(Set<String> projects) {
        if (projects == null) {
            return facts(columns(), key -> true);
        }
        // One statement per chunk of projects (see ParameterLists), merged back into ID order.
        List<Fact> found = new ArrayList<>();
        for (List<String> chunk : ParameterLists.chunks(projects.stream().sorted().toList())) {
            Query query = columns().where(String.join(" OR ", Collections.nCopies(chunk.size(),
                    Like.clause("POSTMORTEM_KEY"))), chunk.stream().map(p -> Like.startingWith(p + "-")).toArray());
            // Checked again: a LIKE pattern may match a little more than the prefix (see Like).
            Set<String> inChunk = Set.copyOf(chunk);
            found.addAll(read(query, key -> inChunk.contains(projectOf(key))));
        }
        found.sort(Comparator.comparingInt(Fact::id));
        return found.stream().map(Fact::fact).toList();
    }

    private List<PostmortemFact> facts(Query query, Predicate<String> keyMatches) {
        return read(query, keyMatches).stream().map(Fact::fact).toList();
    }

    private static Query columns() {
        return Query.select("ID, POSTMORTEM_KEY, SEVERITY, PLATFORM, OWNING_TEAM, DUE_DATE, CREATED_AT, HELD_AT, PUBLISHED_AT")
                .order("ID ASC");
    }

    private static String projectOf(String postmortemKey) {
        int dash = postmortemKey.lastIndexOf('-');
        return dash < 0 ? postmortemKey : postmortemKey.substring(0, dash);
    }

    private List<Fact> read(Query query, Predicate<String> keyMatches) {
        List<Fact> facts = new ArrayList<>();
        GuardedAo.stream(ao, PostmortemEntity.class, query, row -> {
            if (keyMatches.test(row.getPostmortemKey())) {
                facts.add(new Fact(row.getID(), new PostmortemFact(
                        row.getPostmortemKey(), Severity.parse(row.getSeverity()).orElse(null), row.getPlatform(),
                        row.getOwningTeam(), LocalDate.parse(row.getDueDate()), Instant.ofEpochMilli(row.getCreatedAt()),
                        row.getHeldAt() == null ? null : Instant.ofEpochMilli(row.getHeldAt()),
                        row.getPublishedAt() == null ? null : Instant.ofEpochMilli(row.getPublishedAt()))));
            }
        });
        return facts;
    }

    private record Fact(int id, PostmortemFact fact) {
    }
}
