package io.postmortem.core.learning;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organisation, postmortem lifecycle and learning use cases wired together in memory, as the plugin wires them. */
final class LearningFixture {
    static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    final TestOrganisation org = new TestOrganisation();
    final InMemoryPostmortems store = new InMemoryPostmortems();
    final InMemoryLearning learning = new InMemoryLearning();
    final MutableClock clock = new MutableClock(START);
    final LearningIndexer indexer = new LearningIndexer(learning, store, org, org, learning);
    final PublicationNotifier notifier = new PublicationNotifier(org, org, org, learning, learning, learning, org, org,
            clock, "https://jira.example.com");
    final PostmortemService postmortems = new PostmortemService(org, store, store, org, org, org, clock, List.of(),
            List.of(indexer, notifier));
    final Library library = new Library(learning, org);
    final RelatedPostmortems related = new RelatedPostmortems(org, store, learning, learning, org);
    final LearningMarksService marks = new LearningMarksService(postmortems, learning, indexer, org);
    final PostmortemOfTheMonth awards = new PostmortemOfTheMonth(learning, store, learning, org, org, org, org, org,
            clock, "https://jira.example.com");
    private int sequence;

    /** An incident with components, its postmortem written (not published yet). */
    Postmortem written(String incidentKey, Severity severity, String owningTeam, List<String> impacted,
                       List<String> components, String title, String summary, RootCause... causes) {
        Instant started = clock.instant().minus(Duration.ofHours(3));
        org.incident(new Incident(incidentKey, "INC", title, severity, owningTeam, impacted, components, started,
                started, started.plusSeconds(600), clock.instant(), "dev-checkout", null));
        Postmortem created = postmortems.createFor(incidentKey, org.actor("mim")).postmortem();
        return postmortems.update(created.key(), new ContentChange(
                Map.of(Section.SUMMARY, summary, Section.IMPACT, "Customers saw errors for 40 minutes.",
                        Section.WENT_WELL, "Paging worked."),
                Optional.of(List.of(causes)), Optional.empty(), null), org.actor("mim"));
    }

    Postmortem publish(String postmortemKey) {
        postmortems.transition(postmortemKey, PostmortemStatus.IN_REVIEW, org.actor("mim"));
        return postmortems.transition(postmortemKey, PostmortemStatus.PUBLISHED, org.actor("mim"));
    }

    /** Writes and publishes a postmortem one day after the previous one. */
    Postmortem published(String incidentKey, Severity severity, String owningTeam, List<String> components,
                         String title, String summary, RootCause... causes) {
        clock.advance(Duration.ofDays(1).plusMinutes(++sequence));
        return publish(written(incidentKey, severity, owningTeam, List.of(), components, title, summary, causes).key());
    }
}
