package io.postmortem.core.action;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.Policies;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static io.postmortem.core.action.ActionWorld.date;
import static io.postmortem.core.action.ActionWorld.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading actions: lists with overdue and filters, pages by id, only what the viewer may browse. */
class ActionQueriesTest {
    private final ActionWorld world = new ActionWorld();

    @Test
    void lists_show_overdue_and_filter_by_platform_team_status_and_what_the_viewer_may_browse() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        Action checkout = world.raise(postmortem, "Add alerting", "a");
        Action ledger = world.raising.raise(postmortem.key(), draft("Reconcile nightly", "ledger", Priority.LOW, "b"),
                world.actor("dev-checkout")).item().action();
        Action search = world.raising.raise(postmortem.key(), draft("Cache warmup", "search", Priority.LOW, "c"),
                world.actor("dev-checkout")).item().action();
        world.tickets.transition(ledger.problemKey(), TicketState.Phase.DONE, "Done");
        world.sync.handle(io.postmortem.core.incident.TicketEvent.of(io.postmortem.core.incident.TicketEvent.Kind.RESOLVED,
                ledger.problemKey(), "dev-ledger"));
        world.at(2026, 12, 21);

        assertThat(world.queries.list(postmortem.key(), world.actor("dev-search")))
                .extracting(i -> i.action().id(), ActionItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(checkout.id(), true),
                        org.assertj.core.groups.Tuple.tuple(ledger.id(), false),
                        org.assertj.core.groups.Tuple.tuple(search.id(), true));
        assertThat(ids(world.queries.page("payments", null, Set.of(), null, 0, ActionQueries.PAGE_MAX, world.actor("mim")).items())).containsExactly(checkout.id(), ledger.id());
        assertThat(ids(world.queries.page(null, "search", Set.of(), null, 0, ActionQueries.PAGE_MAX, world.actor("mim")).items())).containsExactly(search.id());
        assertThat(ids(world.queries.page(null, null, Set.of(ActionStatus.DONE), null, 0, ActionQueries.PAGE_MAX, world.actor("mim")).items())).containsExactly(ledger.id());
        assertThat(ids(world.queries.page(null, null, Set.of(), true, 0, ActionQueries.PAGE_MAX, world.actor("mim")).items())).containsExactly(checkout.id(), search.id());
        assertThat(ids(world.queries.page(null, null, Set.of(), false, 0, ActionQueries.PAGE_MAX, world.actor("mim")).items())).containsExactly(ledger.id());

        world.org.hideProject("dev-search", "CHK");
        assertThat(ids(world.queries.page(null, null, Set.of(), null, 0, ActionQueries.PAGE_MAX, world.actor("dev-search")).items())).containsExactly(ledger.id(), search.id());
        assertThat(world.queries.page(null, null, Set.of(), null, 0, ActionQueries.PAGE_MAX, world.actor("outsider")).items()).isEmpty();
    }

    @Test
    void the_list_pages_by_id_with_a_next_position_until_the_last_page_and_only_browsable_projects() {
        Postmortem postmortem = world.postmortem("INC-1", Severity.P1);
        List<Long> raised = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String team = i % 2 == 0 ? "checkout" : "search";
            raised.add(world.raising.raise(postmortem.key(), draft("Action " + i, team, Priority.LOW, "p" + i),
                    world.actor("dev-checkout")).item().action().id());
        }
        ActionQueries.ActionPage first = world.queries.page(null, null, Set.of(), null, 0, 3, world.actor("mim"));
        assertThat(ids(first.items())).containsExactlyElementsOf(raised.subList(0, 3));
        assertThat(first.nextAfterId()).isEqualTo(raised.get(2));
        ActionQueries.ActionPage second = world.queries.page(null, null, Set.of(), null, first.nextAfterId(), 3, world.actor("mim"));
        assertThat(ids(second.items())).containsExactlyElementsOf(raised.subList(3, 6));
        ActionQueries.ActionPage last = world.queries.page(null, null, Set.of(), null, second.nextAfterId(), 3, world.actor("mim"));
        assertThat(ids(last.items())).containsExactly(raised.get(6));
        assertThat(last.nextAfterId()).isNull();
        ActionQueries.ActionPage exact = world.queries.page(null, null, Set.of(), null, 0, 7, world.actor("mim"));
        assertThat(exact.items()).hasSize(7);
        assertThat(exact.nextAfterId()).as("no empty page after a full last one").isNull();

        world.org.hideProject("dev-search", "CHK");
        ActionQueries.ActionPage searchOnly = world.queries.page(null, null, Set.of(), null, 0, 2, world.actor("dev-search"));
        assertThat(ids(searchOnly.items())).containsExactly(raised.get(1), raised.get(3));
        assertThat(searchOnly.nextAfterId()).isEqualTo(raised.get(3));

        assertThatThrownBy(() -> world.queries.page(null, null, Set.of(), null, 0, 0, world.actor("mim")))
                .isInstanceOfSatisfying(io.postmortem.core.shared.ValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("limit"));
        assertThatThrownBy(() -> world.queries.page(null, null, Set.of(), null, 0, ActionQueries.PAGE_MAX + 1, world.actor("mim")))
                .isInstanceOf(io.postmortem.core.shared.ValidationException.class);
    }

    private static List<Long> ids(List<ActionItem> items) {
        return items.stream().map(i -> i.action().id()).toList();
    }
}
