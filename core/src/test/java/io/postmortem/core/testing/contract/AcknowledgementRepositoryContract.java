package io.postmortem.core.testing.contract;

import io.postmortem.core.blameless.Acknowledgement;
import io.postmortem.core.blameless.AcknowledgementRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AcknowledgementRepository} promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh repository per test, so the fake cannot drift from the SQL.
 */
public interface AcknowledgementRepositoryContract {

    /** A repository that holds nothing yet. */
    AcknowledgementRepository acknowledgements();

    @Test
    default void keeps_each_acknowledgement_with_who_when_and_why_oldest_first() {
        AcknowledgementRepository repository = acknowledgements();
        Acknowledgement first = new Acknowledgement("counterfactual", "should have checked", "A quote from the customer.",
                "mim", Instant.parse("2026-11-24T10:00:00Z"));
        Acknowledgement second = new Acknowledgement("hindsight", "obviously", "Kept: it is the operator's own words.",
                "dev-checkout", Instant.parse("2026-11-24T11:00:00Z"));
        repository.add("PM-1", second);
        repository.add("PM-1", first);
        repository.add("PM-2", first);

        assertThat(repository.of("PM-1")).containsExactly(first, second);
        assertThat(repository.of("PM-2")).containsExactly(first);
        assertThat(repository.of("PM-3")).isEmpty();
    }

    @Test
    default void acknowledgements_at_the_same_moment_keep_the_order_they_were_made_in() {
        AcknowledgementRepository repository = acknowledgements();
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        Acknowledgement a = new Acknowledgement("counterfactual", "should have", "Quoted.", "mim", at);
        Acknowledgement b = new Acknowledgement("hindsight", "obviously", "Quoted too.", "mim", at);
        repository.add("PM-1", a);
        repository.add("PM-1", b);

        assertThat(repository.of("PM-1")).containsExactly(a, b);
    }
}
