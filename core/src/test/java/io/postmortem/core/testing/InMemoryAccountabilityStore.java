package io.postmortem.core.testing;

import io.postmortem.core.accountability.ActionDays;
import io.postmortem.core.accountability.ActionSlice;
import io.postmortem.core.accountability.ActionStatistics;
import io.postmortem.core.accountability.PostmortemFact;
import io.postmortem.core.accountability.PostmortemStatistics;
import io.postmortem.core.action.Action;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Actions and postmortem facts in lists, grouped in memory the way a store would; counts its queries. */
public final class InMemoryAccountabilityStore implements ActionStatistics, PostmortemStatistics {
    public final List<Action> actions = new CopyOnWriteArrayList<>();
    public final List<PostmortemFact> postmortems = new CopyOnWriteArrayList<>();
    private final ZoneId zone;
    public int queries;

    public InMemoryAccountabilityStore(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void eachActive(Set<String> projects, String platform, LocalDate closedAfter, Consumer<ActionDays> each) {
        queries++;
        for (Action action : actions) {
            ActionDays days = ActionDays.of(action, zone);
            if ((projects == null || projects.contains(action.projectKey()))
                    && (platform == null || platform.equals(action.platform()))
                    && days.activeAfter(closedAfter.toEpochDay())) {
                each.accept(days);
            }
        }
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
}
