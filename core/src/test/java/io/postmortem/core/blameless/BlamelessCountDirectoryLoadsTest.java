package io.postmortem.core.blameless;

import io.postmortem.core.people.DirectoryNames;
import io.postmortem.core.people.People;
import io.postmortem.core.people.Person;
import io.postmortem.core.postmortem.ContentChange;
import io.postmortem.core.postmortem.ContentPublishCheck;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.testing.InMemoryPostmortems;
import io.postmortem.core.testing.MutableClock;
import io.postmortem.core.testing.TestOrganisation;
import io.postmortem.core.testing.InMemoryAcknowledgements;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blameless count the panels show on every view of a postmortem ({@link BlamelessPublishCheck#unresolved}) loads
 * the user directory once per {@link DirectoryNames#MAX_AGE} on a node, not on each view.
 */
class BlamelessCountDirectoryLoadsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final TestOrganisation org = new TestOrganisation();
    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger directoryLoads = new AtomicInteger();
    private final People countedDirectory = new People() {
        @Override
        public Optional<Person> person(String username) {
            return org.person(username);
        }

        @Override
        public Set<String> groupsOf(String username) {
            return org.groupsOf(username);
        }

        @Override
        public List<String> membersOf(String group) {
            return org.membersOf(group);
        }

        @Override
        public boolean groupExists(String group) {
            return org.groupExists(group);
        }

        @Override
        public List<Person> everyone() {
            directoryLoads.incrementAndGet();
            return org.everyone();
        }
    };
    private final BlamelessPublishCheck check = new BlamelessPublishCheck(new BlamelessReviewers(org),
            List.of(new SectionTexts()), new InMemoryAcknowledgements(), new DirectoryNames(countedDirectory, clock));

    @Test
    void aSecondViewCountsTheSameFindingsWithoutLoadingTheDirectory() {
        org.user("dave", "team-checkout");
        org.incident("INC-1", Severity.P1, "checkout", List.of(), NOW.minusSeconds(3600), NOW);
        InMemoryPostmortems store = new InMemoryPostmortems();
        PostmortemService service = new PostmortemService(org, store, store, org, org, org, clock,
                List.of(new ContentPublishCheck(), check), List.of());
        Postmortem postmortem = service.createFor("INC-1", org.actor("dev-checkout")).postmortem();
        service.update(postmortem.key(), new ContentChange(Map.of(
                        Section.SUMMARY, "Dave should have checked the config before deploying."),
                Optional.empty(), Optional.empty(), null), org.actor("dev-checkout"));
        Postmortem written = service.get(postmortem.key(), org.actor("dev-checkout"));

        int firstView = check.unresolved(written).size();
        int secondView = check.unresolved(written).size();

        assertThat(firstView).isPositive();
        assertThat(secondView).isEqualTo(firstView);
        assertThat(directoryLoads.get()).isEqualTo(1);

        clock.advance(DirectoryNames.MAX_AGE);
        assertThat(check.unresolved(written)).hasSize(firstView);
        assertThat(directoryLoads.get()).isEqualTo(2);
    }
}
