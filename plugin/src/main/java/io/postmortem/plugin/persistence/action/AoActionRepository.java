package io.postmortem.plugin.persistence.action;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionCount;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.plugin.persistence.Like;
import io.postmortem.plugin.persistence.ParameterLists;
import io.postmortem.plugin.persistence.actionpack.ActionPacks;
import io.postmortem.plugin.persistence.actionpack.PackedDays;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Actions in Jira's database, and the reads of the accountability dashboards over them.
 *
 * <p>Dashboards: the figures and trends come from the days of every active action, read from {@link ActionPacks}
 * (an adapter of its own), which every insert and update keeps in step in the same transaction, holding the locks
 * of the pack rows the action leaves and enters. The JQL functions'
 * keys and the oldest overdue actions are indexed queries over the action table. The action list's counts use
 * {@link Query}'s aggregate select fields ({@code COUNT(ID) AS ...}) with a GROUP BY, read through the
 * {@code DAYS_TO_CLOSE} column (a numeric column every row has), streamed as read-only entities.
 */
public class AoActionRepository implements ActionRepository, ActionStatistics {
    /** A column written with the row: two columns are never compared in SQL (see {@link ActionEntity}). */
    static final String CLOSED_ON_TIME = "CLOSED_ON_TIME";
    private static final String OPEN_STATUSES = "'" + ActionStatus.OPEN.name() + "', '" + ActionStatus.IN_PROGRESS.name() + "'";

    private final ActiveObjects ao;
    private final Supplier<ZoneId> zone;
    private final ActionPacks packs;

    public AoActionRepository(ActiveObjects ao, ConfigurationStore configuration, ClusterLocks locks) {
        this(ao, () -> configuration.load().policies().calendar().zone(), locks);
    }

    AoActionRepository(ActiveObjects ao, Supplier<ZoneId> zone, ClusterLocks locks) {
        this(ao, zone, new ActionPacks(ao, locks));
    }

    AoActionRepository(ActiveObjects ao, Supplier<ZoneId> zone, ActionPacks packs) {
        this.ao = ao;
        this.zone = zone;
        this.packs = packs;
    }

    /**
     * With a fixed zone (tests, benchmarks, upgrade tasks). Factories, not public constructors, so that Spring's
     * constructor autowiring sees one public constructor.
     */
    public static AoActionRepository inZone(ActiveObjects ao, Supplier<ZoneId> zone, ClusterLocks locks) {
        return new AoActionRepository(ao, zone, locks);
    }

    public static AoActionRepository inZone(ActiveObjects ao, Supplier<ZoneId> zone, ActionPacks packs) {
        return new AoActionRepository(ao, zone, packs);
    }

    // ActionRepository

    @Override
    public Action insert(Action action) {
        if (byRequestId(action.requestId()).isPresent()) {
            throw new DuplicateRequestException(action.requestId());
        }
        try {
            Map<String, Object> row = row(action, zone.get());
            PackedDays after = PackedDays.of(row);
            return packs.write(null, after, () -> {
                ActionEntity entity = ao.create(ActionEntity.class, row);
                packs.change(null, after);
                // From the row as written: reading the new entity's getters costs AO one SELECT a column.
                return toDomain(entity.getID(), row);
            });
        } catch (RuntimeException e) {
            // The unique request id refused a row another node stored at the same moment.
            if (byRequestId(action.requestId()).isPresent()) {
                throw new DuplicateRequestException(action.requestId());
            }
            throw e;
        }
    }

    /**
     * Writes the action and moves its packed days, holding the locks of the pack rows it leaves and enters. Which
     * row it leaves is read before the locks are taken; should another writer have moved the action meanwhile, the
     * transaction is rolled back before it writes anything and the update starts over with what is stored now.
     */
    @Override
    public Action update(Action action) {
        Map<String, Object> row = row(action, zone.get());
        PackedDays after = PackedDays.of(row);
        for (int attempt = 1; ; attempt++) {
            PackedDays before = ActionPacks.daysOf(stored(action.id()));
            try {
                return packs.write(before, after, () -> update(action, row, before, after));
            } catch (MovedMeanwhile moved) {
                if (attempt == 3) {
                    throw new IllegalStateException("Action " + action.id() + " kept moving between pack rows", moved);
                }
            }
        }
    }

    private ActionEntity stored(long id) {
        ActionEntity entity = ao.get(ActionEntity.class, (int) id);
        if (entity == null) {
            throw new IllegalStateException("No stored action " + id);
        }
        return entity;
    }

    private Action update(Action action, Map<String, Object> row, PackedDays before, PackedDays after) {
        ActionEntity entity = stored(action.id());
        if (!ActionPacks.daysOf(entity).equals(before)) {
            throw new MovedMeanwhile();
        }
        entity.setPostmortemKey(action.postmortemKey());
        entity.setIncidentKey(action.incidentKey());
        entity.setProblemKey(action.problemKey());
        entity.setProjectKey(action.projectKey());
        entity.setSummary(action.summary());
        entity.setDescription(action.description());
        entity.setActionType(action.type().name());
        entity.setTeam(action.team());
        entity.setPlatform(action.platform());
        entity.setPriority(action.priority().name());
        entity.setSeverity(action.severity() == null ? null : action.severity().name());
        entity.setDueDate(action.dueDate().toString());
        entity.setPolicyDueDate(action.policyDueDate() == null ? null : action.policyDueDate().toString());
        entity.setDueDateReason(action.dueDateReason());
        entity.setStatus(action.status().name());
        entity.setResolution(action.resolution());
        entity.setTicketDeleted(action.ticketDeleted());
        entity.setAssignee(action.assignee());
        entity.setIdeaId(action.ideaId());
        entity.setCreatedBy(action.createdBy());
        entity.setCreatedAt(action.createdAt().toEpochMilli());
        entity.setClosedAt(action.closedAt() == null ? null : action.closedAt().toEpochMilli());
        entity.setCreatedDay((Long) row.get("CREATED_DAY"));
        entity.setClosedDay((Long) row.get("CLOSED_DAY"));
        entity.setDueDay((Long) row.get("DUE_DAY"));
        entity.setDaysToClose((Long) row.get("DAYS_TO_CLOSE"));
        entity.setClosedOnTime((Boolean) row.get(CLOSED_ON_TIME));
        entity.save();
        packs.change(before, after);
        return toDomain(entity);
    }

    /** Another writer moved the action to another pack row between the first read and the locks. */
    private static final class MovedMeanwhile extends RuntimeException {
        MovedMeanwhile() {
            super(null, null, false, false);
        }
    }

    @Override
    public Optional<Action> byId(long id) {
        return Optional.ofNullable(ao.get(ActionEntity.class, (int) id)).map(AoActionRepository::toDomain);
    }

    @Override
    public Optional<Action> byRequestId(String requestId) {
        return first(ao.find(ActionEntity.class, Query.select().where("REQUEST_ID = ?", requestId)));
    }

    @Override
    public Optional<Action> byProblemKey(String problemKey) {
        return first(ao.find(ActionEntity.class, Query.select().where("PROBLEM_KEY = ?", problemKey).order("ID ASC")));
    }

    @Override
    public List<Action> byPostmortem(String postmortemKey) {
        return list(ao.find(ActionEntity.class, Query.select().where("POSTMORTEM_KEY = ?", postmortemKey).order("ID ASC")));
    }

    /** One statement per {@link ParameterLists#CHUNK} postmortems, where asking per postmortem costs one each. */
    @Override
    public List<Action> byPostmortems(java.util.Collection<String> postmortemKeys) {
        List<Action> found = new ArrayList<>();
        for (List<String> chunk : ParameterLists.chunks(postmortemKeys.stream().distinct().sorted().toList())) {
            found.addAll(list(ao.find(ActionEntity.class, Query.select().where("POSTMORTEM_KEY IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray())
                    .order("ID ASC"))));
        }
        return found.stream().sorted(java.util.Comparator.comparingLong(Action::id)).toList();
    }

    @Override
    public Optional<Action> byIdea(long ideaId) {
        return first(ao.find(ActionEntity.class, Query.select().where("IDEA_ID = ?", ideaId).order("ID ASC")));
    }

    @Override
    public List<Action> find(ActionFilter filter) {
        Where where = where(filter);
        return list(ao.find(ActionEntity.class, Query.select().where(where.sql(), where.params()).order("ID ASC")));
    }

    /** One grouped query: a project key per group. */
    @Override
    public Set<String> projectKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        GuardedAo.stream(ao, ActionEntity.class, Query.select("PROJECT_KEY, COUNT(ID) AS DAYS_TO_CLOSE")
                .group("PROJECT_KEY"), row -> {
            if (row.getProjectKey() != null) {
                keys.add(row.getProjectKey());
            }
        });
        return keys;
    }

    /**
     * One query by the primary key's order, limited in the database; a viewer who may browse more than
     * {@link ParameterLists#CHUNK} (but not all) projects gets one query per chunk, merged by id.
     */
    @Override
    public List<Action> page(ActionFilter filter, Set<String> projects, long afterId, int limit) {
        Where where = where(filter).and("ID > ?", afterId);
        if (projects == null) {
            return list(ao.find(ActionEntity.class, Query.select().where(where.sql(), where.params())
                    .order("ID ASC").limit(limit)));
        }
        List<Action> found = new ArrayList<>();
        for (List<String> chunk : ParameterLists.chunks(new java.util.TreeSet<>(projects))) {
            Where inChunk = where.in("PROJECT_KEY", chunk);
            found.addAll(list(ao.find(ActionEntity.class, Query.select().where(inChunk.sql(), inChunk.params())
                    .order("ID ASC").limit(limit))));
        }
        return found.stream().sorted(java.util.Comparator.comparingLong(Action::id)).limit(limit).toList();
    }

    /** One query: a {@link Like} clause per word, newest first, limited in the database. */
    @Override
    public List<Action> withSummaryWords(Set<String> words, Instant before, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        Where where = Where.ALL.and("CREATED_AT < ?", before.toEpochMilli()).and(
                "(" + String.join(" OR ", java.util.Collections.nCopies(words.size(), Like.clause("SUMMARY"))) + ")",
                words.stream().map(Like::containing).toArray());
        return list(ao.find(ActionEntity.class, Query.select().where(where.sql(), where.params())
                .order("CREATED_AT DESC, ID DESC").limit(limit)));
    }

    /** Two grouped queries whatever the number of actions: per status, and the overdue ones. */
    @Override
    public List<ActionCount> count(ActionFilter filter, Grouping grouping, LocalDate today) {
        String column = grouping == Grouping.PLATFORM ? "PLATFORM" : "TEAM";
        Where where = where(filter);
        Map<String, long[]> counts = new LinkedHashMap<>();
        GuardedAo.stream(ao, ActionEntity.class, Query.select(column + ", STATUS, COUNT(ID) AS DAYS_TO_CLOSE")
                .where(where.sql(), where.params()).group(column + ", STATUS"), row -> {
            String group = grouping == Grouping.PLATFORM ? row.getPlatform() : row.getTeam();
            counts.computeIfAbsent(group, g -> new long[5])[ActionStatus.valueOf(row.getStatus()).ordinal()] += row.getDaysToClose();
        });
        Where overdue = where.and("STATUS IN (" + OPEN_STATUSES + ") AND DUE_DAY < ?", today.toEpochDay());
        GuardedAo.stream(ao, ActionEntity.class, Query.select(column + ", COUNT(ID) AS DAYS_TO_CLOSE")
                .where(overdue.sql(), overdue.params()).group(column), row -> {
            String group = grouping == Grouping.PLATFORM ? row.getPlatform() : row.getTeam();
            counts.computeIfAbsent(group, g -> new long[5])[4] += row.getDaysToClose();
        });
        List<ActionCount> result = new ArrayList<>();
        counts.forEach((group, c) -> result.add(new ActionCount(group, c[0], c[1], c[2], c[3], c[4])));
        return result;
    }

    @Override
    public void record(ActionChange change) {
        ao.create(ActionChangeEntity.class,
                new DBParam("ACTION_ID", change.actionId()),
                new DBParam("CHANGED_AT", change.at().toEpochMilli()),
                new DBParam("ACTOR", change.actor()),
                new DBParam("WHAT", change.what().name()),
                new DBParam("DETAIL", change.detail()));
    }

    @Override
    public List<ActionChange> history(long actionId) {
        return Arrays.stream(ao.find(ActionChangeEntity.class,
                        Query.select().where("ACTION_ID = ?", actionId).order("CHANGED_AT ASC, ID ASC")))
                .map(c -> new ActionChange(c.getActionId(), Instant.ofEpochMilli(c.getChangedAt()), c.getActor(),
                        ActionChange.What.valueOf(c.getWhat()), c.getDetail()))
                .toList();
    }

    // ActionStatistics

    /** From the packed days ({@link ActionPacks}): one indexed read of a few thousand short rows. */
    @Override
    public void eachActive(Set<String> projects, String platform, LocalDate closedAfter, Consumer<ActionDays> each) {
        if (projects != null && projects.isEmpty()) {
            return;
        }
        packs.eachActive(projects, platform, closedAfter.toEpochDay(), each);
    }

    @Override
    public List<String> keys(ActionSlice slice) {
        List<Where> wheres = wheres(slice);
        List<String> keys = new ArrayList<>();
        for (Where where : wheres) {
            GuardedAo.stream(ao, ActionEntity.class, Query.select("ID, PROBLEM_KEY").where(where.sql(), where.params()).order("PROBLEM_KEY ASC"),
                    row -> keys.add(row.getProblemKey()));
        }
        if (wheres.size() > 1) {
            keys.sort(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        }
        return keys;
    }

    @Override
    public List<ActionLine> earliestDue(ActionSlice slice, int limit) {
        List<ActionEntity> rows = new ArrayList<>();
        for (Where where : wheres(slice)) {
            rows.addAll(Arrays.asList(ao.find(ActionEntity.class,
                    Query.select().where(where.sql(), where.params()).order("DUE_DAY ASC, ID ASC").limit(limit))));
        }
        return rows.stream()
                .sorted(java.util.Comparator.comparingLong(ActionEntity::getDueDay).thenComparingInt(ActionEntity::getID))
                .limit(limit)
                .map(r -> new ActionLine(r.getProblemKey(), r.getSummary(), r.getPlatform(), r.getTeam(),
                        r.getPostmortemKey(), LocalDate.parse(r.getDueDate()), r.getAssignee()))
                .toList();
    }

    // Rows

    /** The row as this repository writes it (also what upgrade tests start from). */
    public static Map<String, Object> row(Action action, ZoneId zone) {
        Map<String, Object> row = new HashMap<>();
        row.put("REQUEST_ID", action.requestId());
        row.put("POSTMORTEM_KEY", action.postmortemKey());
        row.put("INCIDENT_KEY", action.incidentKey());
        row.put("PROBLEM_KEY", action.problemKey());
        row.put("PROJECT_KEY", action.projectKey());
        row.put("SUMMARY", action.summary());
        row.put("DESCRIPTION", action.description());
        row.put("ACTION_TYPE", action.type().name());
        row.put("TEAM", action.team());
        row.put("PLATFORM", action.platform());
        row.put("PRIORITY", action.priority().name());
        row.put("SEVERITY", action.severity() == null ? null : action.severity().name());
        row.put("DUE_DATE", action.dueDate().toString());
        row.put("POLICY_DUE_DATE", action.policyDueDate() == null ? null : action.policyDueDate().toString());
        row.put("DUE_DATE_REASON", action.dueDateReason());
        row.put("STATUS", action.status().name());
        row.put("RESOLUTION", action.resolution());
        row.put("TICKET_DELETED", action.ticketDeleted());
        row.put("ASSIGNEE", action.assignee());
        row.put("IDEA_ID", action.ideaId());
        row.put("CREATED_BY", action.createdBy());
        row.put("CREATED_AT", action.createdAt().toEpochMilli());
        row.put("CLOSED_AT", action.closedAt() == null ? null : action.closedAt().toEpochMilli());
        long created = action.createdAt().atZone(zone).toLocalDate().toEpochDay();
        Long closed = action.closedAt() == null ? null : action.closedAt().atZone(zone).toLocalDate().toEpochDay();
        row.put("CREATED_DAY", created);
        row.put("CLOSED_DAY", closed);
        row.put("DUE_DAY", action.dueDate().toEpochDay());
        row.put("DAYS_TO_CLOSE", closed == null ? null : closed - created);
        row.put(CLOSED_ON_TIME, closedOnTime(closed, action.dueDate().toEpochDay()));
        return row;
    }

    /** The derived {@code CLOSED_ON_TIME}: closed on or before the due day. */
    public static boolean closedOnTime(Long closedDay, long dueDay) {
        return closedDay != null && closedDay <= dueDay;
    }

    /** The action as stored in a row that {@link #row} gave and that got the ID {@code id}. */
    static Action toDomain(int id, Map<String, Object> row) {
        String severity = (String) row.get("SEVERITY");
        String policyDue = (String) row.get("POLICY_DUE_DATE");
        Long closedAt = (Long) row.get("CLOSED_AT");
        return new Action(id, (String) row.get("REQUEST_ID"), (String) row.get("POSTMORTEM_KEY"),
                (String) row.get("INCIDENT_KEY"), (String) row.get("PROBLEM_KEY"), (String) row.get("PROJECT_KEY"),
                (String) row.get("SUMMARY"), (String) row.get("DESCRIPTION"),
                ActionType.valueOf((String) row.get("ACTION_TYPE")), (String) row.get("TEAM"),
                (String) row.get("PLATFORM"), Priority.valueOf((String) row.get("PRIORITY")),
                severity == null ? null : Severity.valueOf(severity), LocalDate.parse((String) row.get("DUE_DATE")),
                policyDue == null ? null : LocalDate.parse(policyDue), (String) row.get("DUE_DATE_REASON"),
                ActionStatus.valueOf((String) row.get("STATUS")), (String) row.get("RESOLUTION"),
                (Boolean) row.get("TICKET_DELETED"), (String) row.get("ASSIGNEE"), (Long) row.get("IDEA_ID"),
                (String) row.get("CREATED_BY"), Instant.ofEpochMilli((Long) row.get("CREATED_AT")),
                closedAt == null ? null : Instant.ofEpochMilli(closedAt));
    }

    static Action toDomain(ActionEntity r) {
        return new Action(r.getID(), r.getRequestId(), r.getPostmortemKey(), r.getIncidentKey(), r.getProblemKey(),
                r.getProjectKey(), r.getSummary(), r.getDescription(), ActionType.valueOf(r.getActionType()),
                r.getTeam(), r.getPlatform(), Priority.valueOf(r.getPriority()),
                r.getSeverity() == null ? null : Severity.valueOf(r.getSeverity()), LocalDate.parse(r.getDueDate()),
                r.getPolicyDueDate() == null ? null : LocalDate.parse(r.getPolicyDueDate()), r.getDueDateReason(),
                ActionStatus.valueOf(r.getStatus()), r.getResolution(), r.isTicketDeleted(), r.getAssignee(),
                r.getIdeaId(), r.getCreatedBy(), Instant.ofEpochMilli(r.getCreatedAt()),
                r.getClosedAt() == null ? null : Instant.ofEpochMilli(r.getClosedAt()));
    }

    private static Optional<Action> first(ActionEntity[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    private static List<Action> list(ActionEntity[] rows) {
        return Arrays.stream(rows).map(AoActionRepository::toDomain).toList();
    }

    // Where clauses: every criterion is an indexed column compared with a parameter.

    private static Where where(ActionFilter filter) {
        Where where = Where.ALL;
        if (filter.platform() != null) {
            where = where.and("PLATFORM = ?", filter.platform());
        }
        if (filter.team() != null) {
            where = where.and("TEAM = ?", filter.team());
        }
        if (!filter.statuses().isEmpty()) {
            where = where.in("STATUS", filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (filter.overdue() != null) {
            String overdue = "(STATUS IN (" + OPEN_STATUSES + ") AND DUE_DAY < ?)";
            where = where.and(filter.overdue() ? overdue : "NOT " + overdue, filter.today().toEpochDay());
        }
        return where;
    }

    /**
     * The slice as one where clause per {@link ParameterLists chunk} of its projects (one clause when it names no
     * projects), so no statement has more parameters than Oracle or SQL Server take.
     */
    static List<Where> wheres(ActionSlice slice) {
        if (slice.projects() == null || slice.projects().isEmpty()) {
            return List.of(where(slice));
        }
        return ParameterLists.chunks(slice.projects().stream().sorted().toList()).stream()
                .map(chunk -> where(slice, chunk)).toList();
    }

    static Where where(ActionSlice slice) {
        return where(slice, slice.projects() == null ? null : slice.projects().stream().sorted().toList());
    }

    private static Where where(ActionSlice slice, List<String> projects) {
        Where where = Where.ALL;
        if (projects != null) {
            where = projects.isEmpty() ? where.and("1 = 0") : where.in("PROJECT_KEY", projects);
        }
        if (slice.platform() != null) {
            where = where.and("PLATFORM = ?", slice.platform());
        }
        if (slice.team() != null) {
            where = where.and("TEAM = ?", slice.team());
        }
        if (slice.postmortemKey() != null) {
            where = where.and("POSTMORTEM_KEY = ?", slice.postmortemKey());
        }
        if (slice.openOn() != null) {
            long day = slice.openOn().toEpochDay();
            where = where.and("CREATED_DAY <= ? AND (CLOSED_DAY IS NULL OR CLOSED_DAY > ?)", day, day);
        }
        if (slice.dueFrom() != null) {
            where = where.and("DUE_DAY >= ?", slice.dueFrom().toEpochDay());
        }
        if (slice.dueBefore() != null) {
            where = where.and("DUE_DAY < ?", slice.dueBefore().toEpochDay());
        }
        if (slice.closedAfter() != null) {
            where = where.and("CLOSED_DAY > ?", slice.closedAfter().toEpochDay());
        }
        if (slice.closedUntil() != null) {
            where = where.and("CLOSED_DAY <= ?", slice.closedUntil().toEpochDay());
        }
        if (slice.closedByDueDate()) {
            where = where.and(CLOSED_ON_TIME + " = ?", Boolean.TRUE);
        }
        return where;
    }

    record Where(String sql, Object[] params) {
        static final Where ALL = new Where("1 = 1", new Object[0]);

        Where and(String clause, Object... more) {
            Object[] all = Arrays.copyOf(params, params.length + more.length);
            System.arraycopy(more, 0, all, params.length, more.length);
            return new Where(sql + " AND " + clause, all);
        }

        Where in(String column, List<String> values) {
            if (values.size() > ParameterLists.CHUNK) {
                throw new IllegalArgumentException(values.size() + " values in one IN list; chunk them (ParameterLists)");
            }
            return and(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                    values.toArray());
        }
    }
}
