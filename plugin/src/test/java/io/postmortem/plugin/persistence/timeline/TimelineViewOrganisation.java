package io.postmortem.plugin.persistence.timeline;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.TestOrganisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Jira's side of the timeline in memory, on the core's one test host: every INC- key is a P2 incident of payments
 * that impacts search, started at {@link #STARTED}; alice (payments), bob (search) and mia (MIM) may browse and
 * edit it. So every statement a timeline request issues comes from the plugin's own tables. Shared with the
 * benchmarks through the plugin's test-jar.
 */
public final class TimelineViewOrganisation {
    public static final Instant STARTED = Instant.parse("2026-03-10T12:00:00Z");

    private TimelineViewOrganisation() {
    }

    public static TestOrganisation create() {
        return TestOrganisation.builder()
                .directory(new Directory(List.of(new Platform("commerce", "Commerce", "lena")),
                        List.of(new Team("payments", "Payments", "commerce", "PAY", null, "team-payments"),
                                new Team("search", "Search", "commerce", "SRCH", null, "team-search"),
                                new Team("identity", "Identity", "commerce", "IDN", null, "team-identity")),
                        "mim", "sre"))
                .zone(ZoneId.of("Europe/Berlin"))
                .user("alice", "team-payments").user("bob", "team-search").user("mia", "mim")
                .incidents(key -> key.startsWith("INC-") ? Optional.of(new Incident(key, "INC", "Checkout errors",
                        Severity.P2, "payments", List.of("search"), List.of(), STARTED, STARTED, null, null, "alice",
                        "bob")) : Optional.empty())
                .browseProjects((user, project) -> true)
                .browseIssues((user, issue) -> true)
                .editIssues((user, issue) -> true)
                .createIssues((user, project) -> false)
                .build();
    }
}
