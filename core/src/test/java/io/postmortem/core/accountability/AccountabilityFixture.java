package io.postmortem.core.accountability;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionStatus;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.config.Policies;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.shared.Priority;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryAccountabilityStore;
import io.postmortem.core.testing.TestOrganisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The organisation of TestOrganisation with a few actions and postmortems on known dates; today is 2026-03-16. */
final class AccountabilityFixture {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    final TestOrganisation org = new TestOrganisation();
    final InMemoryAccountabilityStore store;
    final AccountabilityService service;
    final JqlQueries jql;
    private long ids;

    AccountabilityFixture() {
        this(LONDON);
    }

    AccountabilityFixture(ZoneId zone) {
        Policies d = Policies.defaults();
        org.setConfiguration(new io.postmortem.core.config.Configuration(org.load().directory(), org.load().incidentMapping(), new Policies(d.postmortemSeverities(), d.meetingDueBusinessDays(),
                d.facilitator(), d.actionDueBusinessDays(),
                new BusinessCalendar(zone, BusinessCalendar.standard().weekend(), java.util.Set.of()),
                d.escalateAfterBusinessDays(), d.actionDueSoonBusinessDays(), d.leadDigestDay())));
        store = new InMemoryAccountabilityStore(zone);
        service = new AccountabilityService(store, store, org, org,
                Clock.fixed(Instant.parse("2026-03-16T12:00:00Z"), ZoneOffset.UTC));
        jql = new JqlQueries(service, store, store);
    }

    /** The standard data set; see AccountabilityServiceTest for the figures it gives. */
    AccountabilityFixture standard() {
        action("CHK-1", "checkout", "payments", "2026-01-01", null, "2026-03-01");
        action("CHK-2", "checkout", "payments", "2026-03-10", null, "2026-03-20");
        action("CHK-3", "checkout", "payments", "2026-02-01", "2026-03-01", "2026-03-05");
        action("LED-1", "ledger", "payments", "2025-12-01", "2026-02-10", "2026-01-31");
        action("LED-2", "ledger", "payments", "2026-03-01", null, "2026-04-30");
        action("SRCH-1", "search", "storefront", "2026-02-01", null, "2026-02-10");
        postmortem("PM-1", Severity.P2, "checkout", "payments", "2026-02-01", "2026-02-03", "2026-02-03T10:00:00Z", "2026-02-10T10:00:00Z");
        postmortem("PM-2", Severity.P1, "ledger", "payments", "2026-03-02", "2026-03-04", null, null);
        postmortem("PM-3", Severity.P4, "checkout", "payments", "2026-03-12", "2026-03-14", null, null);
        postmortem("PM-4", Severity.P3, "ledger", "payments", "2026-03-13", "2026-03-17", null, null);
        postmortem("PM-5", Severity.P2, "search", "storefront", "2026-02-20", "2026-02-24", "2026-02-23T10:00:00Z", null);
        return this;
    }

    Action action(String key, String team, String platform, String created, String closed, String due) {
        String project = key.substring(0, key.indexOf('-'));
        Action action = new Action(++ids, "req-" + key, "PM-1", "INC-1", key, project, "Fix " + key, "", ActionType.PREVENT,
                team, platform, Priority.HIGH, Severity.P2, LocalDate.parse(due), LocalDate.parse(due), null,
                closed == null ? ActionStatus.OPEN : ActionStatus.DONE, closed == null ? null : "Done", false,
                "dev-" + team, null, "mim", Instant.parse(created + "T09:00:00Z"),
                closed == null ? null : Instant.parse(closed + "T09:00:00Z"));
        store.actions.add(action);
        return action;
    }

    void postmortem(String key, Severity severity, String team, String platform, String created, String due,
                    String held, String published) {
        store.postmortems.add(new PostmortemFact(key, severity, platform, team, LocalDate.parse(due),
                Instant.parse(created + "T09:00:00Z"), held == null ? null : Instant.parse(held),
                published == null ? null : Instant.parse(published)));
    }
}
