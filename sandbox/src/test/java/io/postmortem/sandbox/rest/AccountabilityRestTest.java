package io.postmortem.sandbox.rest;

import io.postmortem.core.access.Actors;
import io.postmortem.core.action.RaiseAction;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.host.SandboxClock;
import io.postmortem.sandbox.tickets.TicketStore;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.action.ActionDraft;
import io.postmortem.core.action.ActionType;
import io.postmortem.core.directory.Team;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.Priority;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From outside, as a Platform Lead would check it: a team's figures in {@code GET /accountability/platforms/{slug}}
 * equal a direct count over the team's Problem tickets (status and due date), and follow a ticket being closed and
 * the clock moving past a due date.
 */
@UsesSandbox
class AccountabilityRestTest {
    private static final String PLATFORM = "identity";
    private static final String TEAM = "accounts";

    @Test
    void teamFiguresEqualDirectCountsOverItsProblemTicketsAndFollowClosingAndTime(Sandbox sandbox) {
        Http http = new Http(sandbox.baseUrl());
        Optional<Instant> clockBefore = sandbox.bean(SandboxClock.class).setTo();
        try {
            List<String> raised = raiseThreeActions(sandbox);
            Counts before = direct(sandbox);
            assertThat(figures(http)).isEqualTo(before);

            Http.Answer closed = http.post("admin", "/rest/sandbox/1.0/issues/" + raised.get(0) + "/transition",
                    "{\"status\":\"Done\"}");
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            Counts afterClosing = direct(sandbox);
            assertThat(afterClosing.open()).isEqualTo(before.open() - 1);
            assertThat(afterClosing.closedLast30Days()).isEqualTo(before.closedLast30Days() + 1);
            assertThat(figures(http)).isEqualTo(afterClosing);

            LocalDate due = LocalDate.parse(sandbox.bean(TicketStore.class).get(raised.get(1)).value("duedate").orElseThrow());
            Instant pastDue = due.plusDays(2).atTime(12, 0).atZone(zone(sandbox)).toInstant();
            assertThat(http.send("admin", "PUT", "/rest/sandbox/1.0/clock", "{\"now\":\"" + pastDue + "\"}").status())
                    .isEqualTo(200);
            Counts afterDue = direct(sandbox);
            assertThat(afterDue.overdue()).isGreaterThanOrEqualTo(before.overdue() + 2);
            assertThat(figures(http)).isEqualTo(afterDue);
        } finally {
            if (clockBefore.isPresent()) {
                sandbox.bean(SandboxClock.class).set(clockBefore.get());
            } else {
                sandbox.bean(SandboxClock.class).useRealTime();
            }
        }
    }

    private static List<String> raiseThreeActions(Sandbox sandbox) {
        Instant now = sandbox.bean(SandboxClock.class).instant();
        Issue incident = sandbox.bean(TicketWorkflow.class).create(new NewIssue("INC", SandboxFields.INCIDENT,
                "Sessions dropped after a key rotation", "Users were logged out.", "High", "mim", "dev-" + TEAM,
                Map.of(SandboxFields.SEVERITY, List.of("P2"), SandboxFields.OWNING_TEAM, List.of(TEAM),
                        SandboxFields.STARTED_AT, List.of(now.minus(3, ChronoUnit.HOURS).toString())), now));
        sandbox.bean(TicketWorkflow.class).transition(incident.key(), SandboxFields.DONE, "mim");
        Postmortem postmortem = sandbox.bean(AoPostmortemRepository.class).findByIncident(incident.key()).orElseThrow();
        List<String> keys = new ArrayList<>();
        for (String summary : List.of("Rotate keys with overlap", "Alert on session drops", "Runbook for rotation")) {
            keys.add(sandbox.bean(RaiseAction.class).raise(postmortem.key(), new ActionDraft(summary, null,
                    ActionType.PREVENT, TEAM, Priority.HIGH, UUID.randomUUID().toString(), null, null),
                    sandbox.bean(Actors.class).of("mim")).item().action().problemKey());
        }
        return keys;
    }

    /** The team's row as the REST API gives it to MIM. */
    private static Counts figures(Http http) {
        Http.Answer answer = http.get("mim", "/rest/postmortem/1.0/accountability/platforms/" + PLATFORM);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : answer.json().get("teams")) {
            if (TEAM.equals(row.get("team").asText())) {
                return new Counts(row.get("openActions").asLong(), row.get("overdueActions").asLong(),
                        row.get("dueSoonActions").asLong(), row.get("closedLast30Days").asLong());
            }
        }
        throw new AssertionError("no row for " + TEAM + " in " + answer.body());
    }

    /** Counted over the team's Problem tickets: open ones by status, their due dates, recent resolutions. */
    private static Counts direct(Sandbox sandbox) {
        Team team = sandbox.bean(ConfigurationStore.class).load().directory().team(TEAM).orElseThrow();
        ZoneId zone = zone(sandbox);
        LocalDate today = LocalDate.ofInstant(sandbox.bean(SandboxClock.class).instant(), zone);
        long open = 0;
        long overdue = 0;
        long dueSoon = 0;
        long closedLast30 = 0;
        for (Issue ticket : sandbox.bean(TicketStore.class).issues(team.projectKey(), SandboxFields.PROBLEM)) {
            LocalDate due = LocalDate.parse(ticket.value("duedate").orElseThrow());
            if (!SandboxFields.DONE.equals(ticket.status())) {
                open++;
                overdue += due.isBefore(today) ? 1 : 0;
                dueSoon += !due.isBefore(today) && !due.isAfter(today.plusDays(7)) ? 1 : 0;
            } else {
                LocalDate resolved = LocalDate.ofInstant(ticket.resolvedAt(), zone);
                closedLast30 += resolved.isAfter(today.minusDays(30)) && !resolved.isAfter(today) ? 1 : 0;
            }
        }
        return new Counts(open, overdue, dueSoon, closedLast30);
    }

    private static ZoneId zone(Sandbox sandbox) {
        return sandbox.bean(ConfigurationStore.class).load().policies().calendar().zone();
    }

    private record Counts(long open, long overdue, long dueSoon, long closedLast30Days) {
    }
}
