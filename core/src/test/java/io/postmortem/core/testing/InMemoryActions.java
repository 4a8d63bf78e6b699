package io.postmortem.core.testing;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionChange;
import io.postmortem.core.action.ActionCount;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.action.ActionRepository;
import io.postmortem.core.action.Idea;
import io.postmortem.core.action.IdeaRepository;
import io.postmortem.core.action.ItemRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Actions, their history and ideas kept in memory, with the store's unique request id; follows the shared
 * {@link io.postmortem.core.testing.contract.ActionRepositoryContract} and
 * {@link io.postmortem.core.testing.contract.IdeaRepositoryContract} as the database's stores do.
 */
public final class InMemoryActions implements ActionRepository, IdeaRepository {
    private final Map<Long, Action> actions = new ConcurrentHashMap<>();
    private final Map<String, Long> byRequest = new ConcurrentHashMap<>();
    private final List<ActionChange> changes = new CopyOnWriteArrayList<>();
    private final Map<Long, Idea> ideas = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    /** The database's order of ideas: by creation, then by id. */
    private static final Comparator<Idea> OLDEST_FIRST = Comparator.comparing(Idea::createdAt).thenComparingLong(Idea::id);
    /** Makes the next insert fail as a broken database would. */
    public final AtomicBoolean failNextInsert = new AtomicBoolean();

    /** Makes the next insert stop the process as a crash would: nothing after it runs, no cleanup either. */
    public final AtomicBoolean crashOnNextInsert = new AtomicBoolean();

    /** What a crash of the node looks like to the code that was running: it never returns, nothing catches it. */
    public static final class NodeCrash extends Error {
        public NodeCrash() {
            super("the node stopped");
        }
    }

    @Override
    public Action insert(Action action) {
        if (crashOnNextInsert.getAndSet(false)) {
            throw new NodeCrash();
        }
        if (failNextInsert.getAndSet(false)) {
            throw new IllegalStateException("database unavailable");
        }
        long id = nextId.getAndIncrement();
        if (byRequest.putIfAbsent(action.requestId(), id) != null) {
            throw new DuplicateRequestException(action.requestId());
        }
        Action stored = action.withId(id);
        actions.put(id, stored);
        return stored;
    }

    @Override
    public Action update(Action action) {
        if (actions.replace(action.id(), action) == null) {
            throw new IllegalStateException("no action " + action.id());
        }
        return action;
    }

    @Override
    public Optional<Action> byId(long id) {
        return Optional.ofNullable(actions.get(id));
    }

    @Override
    public Optional<Action> byRequestId(String requestId) {
        return Optional.ofNullable(byRequest.get(requestId)).map(actions::get);
    }

    @Override
    public Optional<Action> byProblemKey(String problemKey) {
        return actions.values().stream().filter(a -> problemKey.equals(a.problemKey())).findFirst();
    }

    @Override
    public List<Action> byPostmortem(String postmortemKey) {
        return sorted(actions.values().stream().filter(a -> a.postmortemKey().equals(postmortemKey)).toList());
    }

    @Override
    public List<Action> find(ActionFilter filter) {
        return sorted(actions.values().stream().filter(filter::matches).toList());
    }

    @Override
    public java.util.Set<String> projectKeys() {
        return actions.values().stream().map(Action::projectKey).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<Action> page(ActionFilter filter, java.util.Set<String> projects, long afterId, int limit) {
        return find(filter).stream().filter(a -> a.id() > afterId && (projects == null || projects.contains(a.projectKey())))
                .limit(limit).toList();
    }

    @Override
    public List<Action> withSummaryWords(java.util.Set<String> words, Instant before, int limit) {
        return actions.values().stream()
                .filter(a -> a.createdAt().isBefore(before) && words.stream().anyMatch(a.summary()::contains))
                .sorted(Comparator.comparing(Action::createdAt).thenComparingLong(Action::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<ActionCount> count(ActionFilter filter, Grouping grouping, LocalDate today) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Action action : find(filter)) {
            long[] c = counts.computeIfAbsent(grouping == Grouping.PLATFORM ? action.platform() : action.team(), g -> new long[5]);
            c[action.status().ordinal()]++;
            if (action.isOverdue(today)) {
                c[4]++;
            }
        }
        List<ActionCount> result = new ArrayList<>();
        counts.forEach((group, c) -> result.add(new ActionCount(group, c[0], c[1], c[2], c[3], c[4])));
        return result;
    }

    @Override
    public Optional<Action> byIdea(long ideaId) {
        return actions.values().stream().filter(a -> a.ideaId() != null && a.ideaId() == ideaId).findFirst();
    }

    @Override
    public void record(ActionChange change) {
        changes.add(change);
    }

    @Override
    public List<ActionChange> history(long actionId) {
        // Oldest first as the database orders it; the sort is stable, so changes at one instant stay in their order.
        return changes.stream().filter(c -> c.actionId() == actionId).sorted(Comparator.comparing(ActionChange::at)).toList();
    }

    /** How many actions are stored. */
    public int actionCount() {
        return actions.size();
    }

    // IdeaRepository
    @Override
    public Idea insert(Idea idea) {
        Idea stored = idea.withId(nextId.getAndIncrement());
        ideas.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Idea update(Idea idea) {
        if (ideas.replace(idea.id(), idea) == null) {
            throw new IllegalStateException("no idea " + idea.id());
        }
        return idea;
    }

    @Override
    public Optional<Idea> idea(long id) {
        return Optional.ofNullable(ideas.get(id));
    }

    @Override
    public List<Idea> ideasOf(String postmortemKey) {
        return ideas.values().stream().filter(i -> i.postmortemKey().equals(postmortemKey)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Idea> ideasSameAs(ItemRef target) {
        return ideas.values().stream().filter(i -> target.equals(i.sameAs())).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Idea> ideasCreatedBefore(Instant instant) {
        return ideas.values().stream().filter(i -> i.createdAt().isBefore(instant)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Idea> unpromotedWithSummaryWords(java.util.Set<String> words, Instant before, int limit) {
        return ideas.values().stream()
                .filter(i -> !i.isPromoted() && i.createdAt().isBefore(before) && words.stream().anyMatch(i.summary()::contains))
                .sorted(OLDEST_FIRST.reversed())
                .limit(limit).toList();
    }

    private static List<Action> sorted(List<Action> list) {
        return list.stream().sorted(Comparator.comparingLong(Action::id)).toList();
    }
}
