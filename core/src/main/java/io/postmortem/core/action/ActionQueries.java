package io.postmortem.core.action;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading actions: a postmortem's actions and their summary, the list across postmortems a page at a time, and an action's history. */
public final class ActionQueries {
    /** A page of the actions list: this many unless asked for fewer, and never more than {@link #PAGE_MAX}. */
    public static final int PAGE_DEFAULT = 100;
    public static final int PAGE_MAX = 500;

    private final PostmortemService postmortems;
    private final ActionRepository actions;
    private final ConfigurationStore configurationStore;
    private final Permissions permissions;
    private final Clock clock;
    private final Recurrence recurrence;

    public ActionQueries(PostmortemService postmortems, ActionRepository actions, IdeaRepository ideas,
                         ConfigurationStore configurationStore, Permissions permissions, Clock clock) {
        this.postmortems = postmortems;
        this.actions = actions;
        this.configurationStore = configurationStore;
        this.permissions = permissions;
        this.clock = clock;
        this.recurrence = new Recurrence(actions, ideas);
    }

    public List<ActionItem> list(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        LocalDate today = today();
        return ActionRules.items(recurrence, actions.byPostmortem(postmortem.key()), today);
    }

    public ActionsSummary summary(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        return summaryOf(actions.byPostmortem(postmortem.key()), today());
    }

    /**
     * One page of the actions across postmortems, only those in projects the viewer may browse, by id: those after
     * {@code afterId} (0 for the first page), at most {@code limit} ({@link #PAGE_MAX} at most). Two queries and the
     * items' recurrence whatever the number of actions: the projects to ask browse permission for, and the page.
     */
    public ActionPage page(String platform, String team, Set<ActionStatus> statuses, Boolean overdue, long afterId,
                           int limit, Actor actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (limit < 1 || limit > PAGE_MAX) {
            errors.put("limit", "Must be a whole number from 1 to " + PAGE_MAX + ".");
        }
        if (afterId < 0) {
            errors.put("cursor", "Not a cursor this list gave.");
        }
        ActionRules.throwIf(errors);
        LocalDate today = today();
        Set<String> projects = actions.projectKeys();
        Set<String> browsable = new java.util.HashSet<>();
        for (String project : projects) {
            if (permissions.canBrowseProject(actor.username(), project)) {
                browsable.add(project);
            }
        }
        if (browsable.isEmpty()) {
            return new ActionPage(List.of(), null);
        }
        List<Action> rows = actions.page(new ActionFilter(platform, team, statuses, overdue, today),
                browsable.size() == projects.size() ? null : browsable, afterId, limit + 1);
        boolean more = rows.size() > limit;
        List<Action> shown = more ? rows.subList(0, limit) : rows;
        return new ActionPage(ActionRules.items(recurrence, shown, today),
                more ? shown.get(shown.size() - 1).id() : null);
    }

    /** A page of actions; {@code nextAfterId} is where the next page starts, null on the last page. */
    public record ActionPage(List<ActionItem> items, Long nextAfterId) {
    }

    public List<ActionChange> history(long actionId, Actor actor) {
        Action action = actions.byId(actionId).filter(a -> permissions.canBrowseProject(actor.username(), a.projectKey()))
                .orElseThrow(() -> new NotFoundException("No action " + actionId + "."));
        return actions.history(action.id());
    }

    static ActionsSummary summaryOf(List<Action> list, LocalDate today) {
        int closed = (int) list.stream().filter(Action::isClosed).count();
        int overdue = (int) list.stream().filter(a -> a.isOverdue(today)).count();
        int deleted = (int) list.stream().filter(Action::ticketDeleted).count();
        return new ActionsSummary(list.size(), closed, overdue, deleted);
    }

    private LocalDate today() {
        return configurationStore.load().policies().calendar().dayOf(clock.instant());
    }
}
