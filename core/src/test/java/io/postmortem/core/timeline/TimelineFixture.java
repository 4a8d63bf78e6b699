package io.postmortem.core.timeline;

import io.postmortem.core.testing.InMemoryImpactedTeams;
import io.postmortem.core.testing.InMemoryTimelineRepository;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;

import io.postmortem.core.access.Actor;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small organisation in memory, with every port the timeline needs.
 *
 * <ul>
 *   <li>alice: payments (owning team of INC-1), Europe/Berlin</li>
 *   <li>bob: search (impacted by INC-1), America/New_York</li>
 *   <li>carol: checkout, the team facilitating INC-1's postmortem</li>
 *   <li>ivan: identity, not impacted until someone adds the team</li>
 *   <li>mia: MIM; sam: SRE; nora: can browse, in no team; olga: cannot browse the INC project</li>
 * </ul>
 */
final class TimelineFixture {
    static final String INCIDENT = "INC-1";
    static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

    final Directory directory = new Directory(
            List.of(new Platform("commerce", "Commerce", "lena"), new Platform("core", "Core", "kurt")),
            List.of(new Team("payments", "Payments", "commerce", "PAY", null, "team-payments"),
                    new Team("search", "Search", "core", "SRCH", null, "team-search"),
                    new Team("checkout", "Checkout", "commerce", "CHK", null, "team-checkout"),
                    new Team("identity", "Identity", "core", "IDN", null, "team-identity")),
            "major-incident-management", "site-reliability-engineering");

    /** Who may browse the INC project (and so read, and write to, its incidents' timelines). */
    private static final Set<String> BROWSERS = Set.of("alice", "bob", "carol", "ivan", "mia", "sam", "nora");

    final InMemoryTimelineRepository repository = new InMemoryTimelineRepository();
    final InMemoryImpactedTeams addedTeams = new InMemoryImpactedTeams();
    final Participation participation = new Participation();
    final TestOrganisation host = TestOrganisation.builder()
            .directory(directory)
            .zone(ZoneId.of("Europe/London"))
            .user("alice", "team-payments").zone("alice", ZoneId.of("Europe/Berlin"))
            .user("bob", "team-search").zone("bob", ZoneId.of("America/New_York"))
            .user("carol", "team-checkout")
            .user("ivan", "team-identity").zone("ivan", ZoneId.of("Asia/Kolkata"))
            .user("mia", "major-incident-management")
            .user("sam", "site-reliability-engineering")
            .user("nora")
            .user("olga", "team-payments")
            .browseProjects((user, project) -> BROWSERS.contains(user) && project.equals("INC"))
            .browseIssues((user, issue) -> BROWSERS.contains(user) && issue.startsWith("INC-"))
            .editIssues((user, issue) -> BROWSERS.contains(user) && issue.startsWith("INC-"))
            .createIssues((user, project) -> BROWSERS.contains(user) && project.equals("INC"))
            .build();
    final MutableClock clock = new MutableClock(NOW);
    final TimelineService service = new TimelineService(host, repository, addedTeams, participation,
            host, host, host, host, clock);

    TimelineFixture() {
        host.incident(incident(null, null, null));
        participation.facilitators.put(INCIDENT, new Facilitator(Facilitator.Type.TEAM, "checkout"));
    }

    static Incident incident(Instant startedAt, Instant detectedAt, Instant resolvedAt) {
        return new Incident(INCIDENT, "INC", "Card payments failing", Severity.P2, "payments", List.of("search"),
                List.of(), Instant.parse("2026-03-10T13:30:00Z"), startedAt, detectedAt, resolvedAt, "alice", "bob");
    }

    Actor actor(String username) {
        return new Actor(username, host.groupsOf(username), false);
    }

    Timeline.Item add(String user, String at, String team, String kind, String text) {
        return service.add(actor(user), INCIDENT, new EntryDraft(at, team, kind, text, null));
    }

    static final class Participation implements TimelineParticipation {
        final Map<String, Facilitator> facilitators = new HashMap<>();
        final Set<String> closed = new HashSet<>();

        @Override
        public Optional<Facilitator> facilitatorOf(String incidentKey) {
            return Optional.ofNullable(facilitators.get(incidentKey));
        }

        @Override
        public boolean editable(String incidentKey) {
            return !closed.contains(incidentKey);
        }
    }
}
