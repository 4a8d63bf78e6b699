package io.postmortem.core.testing;

import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.accountability.PostmortemStatistics;
import io.postmortem.core.action.Action;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;

/** Actions and postmortem facts in lists, grouped in memory the way a store's GROUP BY would; counts its queries. */
public final class InMemoryAccountabilityStore implements ActionStatistics, PostmortemStatistics {
    public final List<Action> actions = new CopyOnWriteArrayList<>();
    public final List<PostmortemFact> postmortems = new CopyOnWriteArrayList<>();
    private final ZoneId zone;
    public int queries;

    public InMemoryAccountabilityStore(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public List<GroupCount> count(ActionSlice slice) {
        List<GroupCount> rows = new ArrayList<>();
        group(slice, a -> 0L).forEach((key, byValue) -> rows.add(
                new GroupCount(key.get(0), key.get(1), byValue.values().stream().mapToLong(Long::longValue).sum())));
        return rows;
    }

    @Override
    public List<GroupValueCount> countByCreatedDay(ActionSlice slice) {
        return valueRows(group(slice, a -> a.createdAt().atZone(zone).toLocalDate().toEpochDay()));
    }

    @Override
    public List<GroupValueCount> countByDaysToClose(ActionSlice slice) {
        return valueRows(group(slice, a -> a.closedAt().atZone(zone).toLocalDate().toEpochDay()
                - a.createdAt().atZone(zone).toLocalDate().toEpochDay()));
    }

    @Override
    public List<String> keys(ActionSlice slice) {
        queries++;
        return actions.stream().filter(a -> slice.matches(a, zone)).map(Action::problemKey).sorted().toList();
    }

    @Override
    public List<ActionLine> earliestDue(ActionSlice slice, int limit) {
        queries++;
        return actions.stream().filter(a -> slice.matches(a, zone))
                .sorted(Comparator.comparing(Action::dueDate).thenComparing(Action::id)).limit(limit)
                .map(a -> new ActionLine(a.problemKey(), a.summary(), a.platform(), a.team(), a.postmortemKey(),
                        a.dueDate(), a.assignee()))
                .toList();
    }

    @Override
    public List<PostmortemFact> facts(Set<String> projects) {
        queries++;
        return postmortems.stream().filter(p -> projects == null || projects.contains(p.projectKey())).toList();
    }

    private Map<List<String>, Map<Long, Long>> group(ActionSlice slice, ToLongFunction<Action> value) {
        queries++;
        Map<List<String>, Map<Long, Long>> groups = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Action action : actions) {
            if (slice.matches(action, zone)) {
                groups.computeIfAbsent(java.util.Arrays.asList(action.platform(), action.team()), k -> new TreeMap<>())
                        .merge(value.applyAsLong(action), 1L, Long::sum);
            }
        }
        return groups;
    }

    private static List<GroupValueCount> valueRows(Map<List<String>, Map<Long, Long>> groups) {
        List<GroupValueCount> rows = new ArrayList<>();
        groups.forEach((key, byValue) -> byValue.forEach((value, n) -> rows.add(
                new GroupValueCount(key.get(0), key.get(1), value, n))));
        return rows;
    }

}
