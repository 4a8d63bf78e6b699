package io.postmortem.core.action;

import io.postmortem.core.access.Actor;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryActions;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.InMemoryProblemTickets;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The test organisation with postmortems, actions, ideas and Problem tickets, all in memory. */
final class ActionWorld {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Friday 20 November 2026, 15:30 in London. */
    static final Instant FRIDAY_AFTERNOON = ZonedDateTime.of(2026, 11, 20, 15, 30, 0, 0, LONDON).toInstant();

    final TestOrganisation org = new TestOrganisation();
    final InMemoryPostmortems postmortemStore = new InMemoryPostmortems();
    final InMemoryActions store = new InMemoryActions();
    final InMemoryProblemTickets tickets = new InMemoryProblemTickets(org);
    final MutableClock clock = new MutableClock(FRIDAY_AFTERNOON);
    final PostmortemService postmortems;
    /** Counts the action use cases' configuration reads (postmortems read the organisation's directly). */
    final CountingConfiguration configuration = new CountingConfiguration(org);
    final RaiseAction raising;
    final ActionQueries queries;
    final Ideas ideas;
    final ActionSync sync;
    final ActionReminders reminders;

    ActionWorld() {
        this(null);
    }

    /** @param locks the cluster locks to use; null for the organisation's real (JVM-wide) ones */
    ActionWorld(ClusterLocks locks) {
        ClusterLocks used = locks == null ? org : locks;
        postmortems = new PostmortemService(org, postmortemStore, postmortemStore, org, org, used, clock,
                List.of(new ActionsPublishCheck(store)), List.of());
        raising = new RaiseAction(postmortems, store, store, tickets, configuration, clock);
        queries = new ActionQueries(postmortems, store, store, configuration, org, clock);
        ideas = new Ideas(postmortems, postmortemStore, store, store, configuration, org, clock);
        sync = new ActionSync(store, tickets, org, used, clock);
        reminders = new ActionReminders(store, org, org, org, org, clock);
    }

    Actor actor(String username) {
        return org.actor(username);
    }

    /** A resolved incident owned by checkout (ledger impacted) and its postmortem, created now. */
    Postmortem postmortem(String incidentKey, Severity severity) {
        org.incident(incidentKey, severity, "checkout", List.of("ledger"), clock.instant().minusSeconds(3600), clock.instant());
        return postmortems.createFor(incidentKey, actor("dev-checkout")).postmortem();
    }

    /** The organisation's configuration, counting each load. */
    static final class CountingConfiguration implements io.postmortem.core.config.ConfigurationStore {
        private final io.postmortem.core.config.ConfigurationStore delegate;
        final java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();

        CountingConfiguration(io.postmortem.core.config.ConfigurationStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public io.postmortem.core.config.Configuration load() {
            loads.incrementAndGet();
            return delegate.load();
        }

        @Override
        public void save(io.postmortem.core.config.Configuration configuration, String actor, List<String> changes) {
            delegate.save(configuration, actor, changes);
        }

        @Override
        public List<io.postmortem.core.config.AuditEntry> audit(int limit) {
            return delegate.audit(limit);
        }
    }

    static ActionDraft draft(String summary, String team, Priority priority, String requestId) {
        return new ActionDraft(summary, "Details of " + summary, ActionType.PREVENT, team, priority, requestId, null, null);
    }

    Action raise(Postmortem postmortem, String summary, String requestId) {
        return raising.raise(postmortem.key(), draft(summary, "checkout", Priority.HIGH, requestId), actor("dev-checkout"))
                .item().action();
    }

    void at(int year, int month, int day) {
        clock.set(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, LONDON).toInstant());
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
