package io.postmortem.core.postmortemissue;

import io.postmortem.core.access.Actors;
import io.postmortem.core.config.PostmortemIssuePolicy;
import io.postmortem.core.learning.InMemoryLearning;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.ContentPublishCheck;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The postmortem lifecycle with the issue follower and the hand-move handler wired as the plugin wires them. */
final class PostmortemIssueWorld {
    static final Instant RESOLVED = Instant.parse("2026-11-20T15:30:00Z");

    final TestOrganisation org = new TestOrganisation();
    final InMemoryPostmortems store = new InMemoryPostmortems();
    final InMemoryLearning learning = new InMemoryLearning();
    final MutableClock clock = new MutableClock(RESOLVED);
    final PostmortemIssueFollower follower = new PostmortemIssueFollower(store, org, learning);
    final PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock,
            List.of(new ContentPublishCheck()), List.of(follower));
    final PostmortemIssueMoves moves = new PostmortemIssueMoves(store, service, store, follower,
            new Actors(() -> Optional.empty(), org, org));

    PostmortemIssueWorld() {
        org.setConfiguration(org.load().withPostmortemIssue(new PostmortemIssuePolicy("To Do", "In Progress", "Done",
                "Done", "mim2", Map.of())));
    }

    Postmortem postmortemOf(String incidentKey, Severity severity, String team) {
        org.incident(incidentKey, severity, team, List.of(), RESOLVED.minusSeconds(3600), RESOLVED);
        return service.createFor(incidentKey, org.actor("mim")).postmortem();
    }

    /** Summary, impact and a root cause: what the publish gate asks for. */
    Postmortem complete(Postmortem postmortem) {
        return service.update(postmortem.key(), new ContentChange(
                Map.of(Section.SUMMARY, "Card payments failed for 40 minutes.", Section.IMPACT, "12% of checkouts."),
                Optional.of(List.of(new RootCause("Retry storm on the ledger API", "dependency"))), Optional.empty(),
                null), org.actor("mim"));
    }
}
