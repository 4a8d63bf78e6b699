package io.postmortem.plugin.persistence.learning;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.learning.LearningIndex;
import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.learning.LibraryQuery;
import io.postmortem.plugin.persistence.Like;
import io.postmortem.plugin.rest.Json;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The library's index in Jira's database. A search is one query: each word a {@code LIKE '% word%'} on the
 * denormalised search text, each filter a {@code LIKE} or equality on its own column. Rows found are checked again
 * with {@link LibraryQuery#matches}, so the database and the domain can never disagree on what matches.
 */
public class AoLearningIndex implements LearningIndex {
    private final ActiveObjects ao;

    public AoLearningIndex(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void put(LibraryEntry entry) {
        GuardedAo.inTransaction(ao, () -> {
            LearningEntryEntity[] rows = ao.find(LearningEntryEntity.class,
                    Query.select().where("POSTMORTEM_KEY = ?", entry.postmortemKey()));
            LearningEntryEntity row = rows.length > 0 ? rows[0] : ao.create(LearningEntryEntity.class,
                    new DBParam("POSTMORTEM_KEY", entry.postmortemKey()),
                    new DBParam("INCIDENT_KEY", entry.incidentKey()),
                    new DBParam("SEVERITY", entry.severity().name()),
                    new DBParam("PUBLISHED_AT", entry.publishedAt().toEpochMilli()));
            row.setIncidentKey(entry.incidentKey());
            row.setSeverity(entry.severity().name());
            row.setPlatforms(Bars.join(entry.platforms()));
            row.setTeams(Bars.join(entry.teams()));
            row.setComponents(Bars.join(entry.lowerCaseComponents()));
            row.setCategories(Bars.join(entry.categories()));
            row.setTags(Bars.join(entry.tags()));
            row.setPublishedAt(entry.publishedAt().toEpochMilli());
            row.setSearchText(" " + String.join(" ", entry.allWords()) + " ");
            row.setEntryJson(Json.write(entry));
            row.save();
            return null;
        });
    }

    @Override
    public Optional<LibraryEntry> find(String postmortemKey) {
        return Arrays.stream(ao.find(LearningEntryEntity.class, Query.select().where("POSTMORTEM_KEY = ?", postmortemKey)))
                .findFirst().map(AoLearningIndex::toDomain);
    }

    @Override
    public List<LibraryEntry> matching(LibraryQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String word : query.words()) {
            clauses.add(Like.clause("SEARCH_TEXT"));
            params.add(Like.containing(" " + word));
        }
        like(clauses, params, "PLATFORMS", query.platform(), false);
        like(clauses, params, "TEAMS", query.team(), false);
        like(clauses, params, "COMPONENTS", query.component(), true);
        like(clauses, params, "CATEGORIES", query.category(), false);
        like(clauses, params, "TAGS", query.tag(), false);
        if (query.severity() != null) {
            clauses.add("SEVERITY = ?");
            params.add(query.severity().name());
        }
        if (query.from() != null) {
            clauses.add("PUBLISHED_AT >= ?");
            params.add(query.from().toEpochMilli());
        }
        if (query.until() != null) {
            clauses.add("PUBLISHED_AT < ?");
            params.add(query.until().toEpochMilli());
        }
        Query select = Query.select();
        if (!clauses.isEmpty()) {
            select = select.where(String.join(" AND ", clauses), params.toArray());
        }
        return Arrays.stream(ao.find(LearningEntryEntity.class, select.order("PUBLISHED_AT DESC")))
                .map(AoLearningIndex::toDomain).filter(query::matches).toList();
    }

    @Override
    public List<LibraryEntry> all() {
        return Arrays.stream(ao.find(LearningEntryEntity.class, Query.select().order("PUBLISHED_AT DESC")))
                .map(AoLearningIndex::toDomain).toList();
    }

    private static void like(List<String> clauses, List<Object> params, String column, String value, boolean lowerCase) {
        if (value != null) {
            clauses.add(Like.clause(column));
            params.add(Bars.like(value, lowerCase));
        }
    }

    static LibraryEntry toDomain(LearningEntryEntity row) {
        try {
            return Json.mapper().readValue(row.getEntryJson(), LibraryEntry.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored library entry " + row.getPostmortemKey() + " is unreadable", e);
        }
    }

}
