package io.postmortem.plugin.persistence.postmortem;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.type.TypeReference;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.postmortem.SectionRevision;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.rest.Json;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Postmortems in Jira's database; entities stay in here and leave as domain records. */
public class AoPostmortemRepository implements PostmortemRepository {
    private static final TypeReference<Map<String, String>> SECTIONS = new TypeReference<>() { };
    private static final TypeReference<List<RootCause>> ROOT_CAUSES = new TypeReference<>() { };

    private final ActiveObjects ao;

    public AoPostmortemRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Postmortem> findByIncident(String incidentKey) {
        Optional<Postmortem> own = first(ao.find(PostmortemEntity.class,
                Query.select().where("INCIDENT_KEY = ?", incidentKey)));
        if (own.isPresent()) {
            return own;
        }
        PostmortemIncidentEntity[] links = ao.find(PostmortemIncidentEntity.class,
                Query.select().where("INCIDENT_KEY = ?", incidentKey));
        return links.length == 0 ? Optional.empty() : findByKey(links[0].getPostmortemKey());
    }

    @Override
    public List<String> linkedIncidents(String postmortemKey) {
        return Arrays.stream(ao.find(PostmortemIncidentEntity.class,
                        Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("LINKED_AT ASC, ID ASC")))
                .map(PostmortemIncidentEntity::getIncidentKey).toList();
    }

    @Override
    public void linkIncident(String postmortemKey, String incidentKey, String linkedBy, Instant linkedAt) {
        try {
            GuardedAo.inTransaction(ao, () -> {
                if (ao.count(PostmortemEntity.class, Query.select().where("INCIDENT_KEY = ?", incidentKey)) > 0
                        || ao.count(PostmortemIncidentEntity.class,
                        Query.select().where("INCIDENT_KEY = ?", incidentKey)) > 0) {
                    throw new DuplicatePostmortemException(incidentKey);
                }
                if (ao.count(PostmortemEntity.class, Query.select().where("POSTMORTEM_KEY = ?", postmortemKey)) == 0) {
                    throw new IllegalStateException("No stored postmortem " + postmortemKey);
                }
                ao.create(PostmortemIncidentEntity.class,
                        new DBParam("POSTMORTEM_KEY", postmortemKey),
                        new DBParam("INCIDENT_KEY", incidentKey),
                        new DBParam("LINKED_BY", linkedBy),
                        new DBParam("LINKED_AT", linkedAt.toEpochMilli()));
                return null;
            });
        } catch (DuplicatePostmortemException | IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            // The unique index refused a link another node made at the same moment.
            if (findByIncident(incidentKey).isPresent()) {
                throw new DuplicatePostmortemException(incidentKey);
            }
            throw e;
        }
    }

    @Override
    public boolean unlinkIncident(String postmortemKey, String incidentKey) {
        return GuardedAo.inTransaction(ao, () -> {
            PostmortemIncidentEntity[] links = ao.find(PostmortemIncidentEntity.class,
                    Query.select().where("POSTMORTEM_KEY = ? AND INCIDENT_KEY = ?", postmortemKey, incidentKey));
            if (links.length == 0) {
                return false;
            }
            GuardedAo.delete(ao, links);
            return true;
        });
    }

    @Override
    public Optional<Postmortem> findByKey(String postmortemKey) {
        return first(ao.find(PostmortemEntity.class, Query.select().where("POSTMORTEM_KEY = ?", postmortemKey)));
    }

    @Override
    public Postmortem insert(Postmortem postmortem) {
        try {
            return GuardedAo.inTransaction(ao, () -> {
                if (ao.count(PostmortemEntity.class, Query.select().where("INCIDENT_KEY = ?", postmortem.incidentKey())) > 0) {
                    throw new DuplicatePostmortemException(postmortem.incidentKey());
                }
                Map<String, Object> row = new HashMap<>();
                row.put("POSTMORTEM_KEY", postmortem.key());
                row.put("INCIDENT_KEY", postmortem.incidentKey());
                row.put("SEVERITY", postmortem.severity().name());
                row.put("OWNING_TEAM", postmortem.owningTeam());
                row.put("PLATFORM", postmortem.platform());
                row.put("STATUS", postmortem.status().name());
                row.put("DUE_DATE", postmortem.dueDate().toString());
                row.put("FACILITATOR_TYPE", postmortem.facilitator().type().name());
                row.put("FACILITATOR_NAME", postmortem.facilitator().name());
                row.put("CREATED_AT", postmortem.createdAt().toEpochMilli());
                row.put("ROW_VERSION", 0L);
                PostmortemEntity entity = ao.create(PostmortemEntity.class, row);
                write(entity, postmortem);
                entity.save();
                return toDomain(entity);
            });
        } catch (DuplicatePostmortemException e) {
            throw e;
        } catch (RuntimeException e) {
            // The unique index refused a row another node inserted at the same moment.
            if (findByIncident(postmortem.incidentKey()).isPresent()) {
                throw new DuplicatePostmortemException(postmortem.incidentKey());
            }
            throw e;
        }
    }

    @Override
    public Postmortem update(Postmortem postmortem, List<SectionRevision> revisions) {
        return GuardedAo.inTransaction(ao, () -> {
            PostmortemEntity[] rows = ao.find(PostmortemEntity.class,
                    Query.select().where("POSTMORTEM_KEY = ?", postmortem.key()));
            if (rows.length == 0) {
                throw new IllegalStateException("No stored postmortem " + postmortem.key());
            }
            PostmortemEntity entity = rows[0];
            if (entity.getRowVersion() != postmortem.version()) {
                throw new ConflictException("Someone saved this postmortem after you opened it.",
                        List.of("version: reload to see their changes, then edit again."));
            }
            write(entity, postmortem);
            entity.setStatus(postmortem.status().name());
            entity.setRowVersion(postmortem.version() + 1);
            entity.save();
            for (SectionRevision revision : revisions) {
                ao.create(PostmortemRevisionEntity.class,
                        new DBParam("POSTMORTEM_KEY", revision.postmortemKey()),
                        new DBParam("PART", revision.part()),
                        new DBParam("REVISION_TEXT", revision.text()),
                        new DBParam("AUTHOR", revision.author()),
                        new DBParam("REVISED_AT", revision.at().toEpochMilli()));
            }
            return toDomain(entity);
        });
    }

    @Override
    public List<SectionRevision> revisions(String postmortemKey) {
        return Arrays.stream(ao.find(PostmortemRevisionEntity.class,
                        Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("REVISED_AT ASC, ID ASC")))
                .map(r -> new SectionRevision(r.getPostmortemKey(), r.getPart(), r.getRevisionText(), r.getAuthor(),
                        Instant.ofEpochMilli(r.getRevisedAt())))
                .toList();
    }

    @Override
    public List<Postmortem> unpublished() {
        return Arrays.stream(ao.find(PostmortemEntity.class,
                        Query.select().where("STATUS <> ?", PostmortemStatus.PUBLISHED.name()).order("ID ASC")))
                .map(AoPostmortemRepository::toDomain).toList();
    }

    @Override
    public List<Postmortem> all() {
        return Arrays.stream(ao.find(PostmortemEntity.class, Query.select().order("ID ASC")))
                .map(AoPostmortemRepository::toDomain).toList();
    }

    private static void write(PostmortemEntity entity, Postmortem postmortem) {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        postmortem.sections().forEach((section, text) -> sections.put(section.name(), text));
        entity.setSectionsJson(Json.write(sections));
        entity.setRootCausesJson(Json.write(postmortem.rootCauses()));
        entity.setNoActionsReason(postmortem.noActionsReason());
        Meeting meeting = postmortem.meeting();
        entity.setMeetingStart(meeting == null ? null : meeting.start().toEpochMilli());
        entity.setMeetingMinutes(meeting == null ? null : meeting.durationMinutes());
        entity.setMeetingLocation(meeting == null ? null : meeting.location());
        entity.setMeetingSequence(meeting == null ? null : meeting.sequence());
        entity.setHeldAt(postmortem.heldAt() == null ? null : postmortem.heldAt().toEpochMilli());
        entity.setPublishedAt(postmortem.publishedAt() == null ? null : postmortem.publishedAt().toEpochMilli());
    }

    private static Optional<Postmortem> first(PostmortemEntity[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    static Postmortem toDomain(PostmortemEntity row) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        read(row.getSectionsJson(), SECTIONS, Map.<String, String>of())
                .forEach((name, text) -> Section.parse(name).ifPresent(section -> sections.put(section, text)));
        Meeting meeting = row.getMeetingStart() == null ? null : new Meeting(Instant.ofEpochMilli(row.getMeetingStart()),
                row.getMeetingMinutes(), row.getMeetingLocation(), row.getMeetingSequence() == null ? 0 : row.getMeetingSequence());
        return new Postmortem(row.getPostmortemKey(), row.getIncidentKey(), Severity.valueOf(row.getSeverity()),
                row.getOwningTeam(), row.getPlatform(),
                PostmortemStatus.valueOf(row.getStatus()), LocalDate.parse(row.getDueDate()),
                new Facilitator(Facilitator.Type.valueOf(row.getFacilitatorType()), row.getFacilitatorName()),
                sections, read(row.getRootCausesJson(), ROOT_CAUSES, List.of()), row.getNoActionsReason(), meeting,
                Instant.ofEpochMilli(row.getCreatedAt()), instant(row.getHeldAt()), instant(row.getPublishedAt()),
                row.getRowVersion());
    }

    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }

    private static <T> T read(String json, TypeReference<T> type, T empty) {
        if (json == null || json.isBlank()) {
            return empty;
        }
        try {
            return Json.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored postmortem JSON is unreadable", e);
        }
    }
}
