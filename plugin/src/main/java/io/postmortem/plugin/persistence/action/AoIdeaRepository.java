package io.postmortem.plugin.persistence.action;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.action.Idea;
import io.postmortem.core.action.IdeaRepository;
import io.postmortem.core.action.ItemRef;
import io.postmortem.plugin.persistence.Like;
import io.postmortem.plugin.persistence.ParameterLists;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A postmortem's ideas in Jira's database; entities stay in here. */
public class AoIdeaRepository implements IdeaRepository {
    private final ActiveObjects ao;

    public AoIdeaRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Idea insert(Idea idea) {
        return GuardedAo.inTransaction(ao, () -> {
            Map<String, Object> row = new HashMap<>();
            row.put("POSTMORTEM_KEY", idea.postmortemKey());
            row.put("SUMMARY", idea.summary());
            row.put("CREATED_BY", idea.createdBy());
            row.put("CREATED_AT", idea.createdAt().toEpochMilli());
            IdeaEntity entity = ao.create(IdeaEntity.class, row);
            write(entity, idea);
            entity.save();
            return toDomain(entity);
        });
    }

    @Override
    public Idea update(Idea idea) {
        return GuardedAo.inTransaction(ao, () -> {
            IdeaEntity entity = ao.get(IdeaEntity.class, (int) idea.id());
            if (entity == null) {
                throw new IllegalStateException("No stored idea " + idea.id());
            }
            entity.setSummary(idea.summary());
            write(entity, idea);
            entity.save();
            return toDomain(entity);
        });
    }

    @Override
    public Optional<Idea> idea(long id) {
        IdeaEntity[] rows = ao.find(IdeaEntity.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<Idea> ideasOf(String postmortemKey) {
        return list(Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("CREATED_AT ASC, ID ASC"));
    }

    @Override
    public List<Idea> ideasSameAs(ItemRef target) {
        return list(Query.select().where("SAME_AS_KIND = ? AND SAME_AS_ID = ?", target.kind().name(), target.id())
                .order("CREATED_AT ASC, ID ASC"));
    }

    /** One statement per {@link ParameterLists#CHUNK} actions, where asking per action costs one each. */
    @Override
    public List<Idea> ideasSameAsActions(java.util.Collection<Long> actionIds) {
        List<Idea> found = new java.util.ArrayList<>();
        for (List<Long> chunk : ParameterLists.chunks(actionIds.stream().distinct().sorted().toList())) {
            Object[] params = new Object[chunk.size() + 1];
            params[0] = ItemRef.Kind.ACTION.name();
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            found.addAll(list(Query.select().where("SAME_AS_KIND = ? AND SAME_AS_ID IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", params)
                    .order("CREATED_AT ASC, ID ASC")));
        }
        return found;
    }

    @Override
    public List<Idea> ideasCreatedBefore(Instant instant) {
        return list(Query.select().where("CREATED_AT < ?", instant.toEpochMilli()).order("CREATED_AT ASC, ID ASC"));
    }

    /** One query: a {@link Like} clause per word, newest first, limited in the database. */
    @Override
    public List<Idea> unpromotedWithSummaryWords(Set<String> words, Instant before, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(before.toEpochMilli());
        words.stream().map(Like::containing).forEach(params::add);
        return list(Query.select().where("PROMOTED_TO IS NULL AND CREATED_AT < ? AND ("
                        + String.join(" OR ", Collections.nCopies(words.size(), Like.clause("SUMMARY"))) + ")",
                params.toArray()).order("CREATED_AT DESC, ID DESC").limit(limit));
    }

    private List<Idea> list(Query query) {
        return Arrays.stream(ao.find(IdeaEntity.class, query)).map(AoIdeaRepository::toDomain).toList();
    }

    private static void write(IdeaEntity entity, Idea idea) {
        entity.setDescription(idea.description());
        entity.setPromotedTo(idea.promotedTo());
        entity.setSameAsKind(idea.sameAs() == null ? null : idea.sameAs().kind().name());
        entity.setSameAsId(idea.sameAs() == null ? null : idea.sameAs().id());
    }

    private static Idea toDomain(IdeaEntity row) {
        ItemRef sameAs = row.getSameAsKind() == null ? null
                : new ItemRef(ItemRef.Kind.valueOf(row.getSameAsKind()), row.getSameAsId());
        return new Idea(row.getID(), row.getPostmortemKey(), row.getSummary(), row.getDescription(), row.getCreatedBy(),
                Instant.ofEpochMilli(row.getCreatedAt()), row.getPromotedTo(), sameAs);
    }
}
