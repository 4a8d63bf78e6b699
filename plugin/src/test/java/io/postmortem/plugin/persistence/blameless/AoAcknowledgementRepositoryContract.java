package io.postmortem.plugin.persistence.blameless;

import io.postmortem.core.blameless.Acknowledgement;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledgements against a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class AoAcknowledgementRepositoryContract extends ActiveObjectsTestCase {
    private AoAcknowledgementRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(AcknowledgementEntity.class);
        repository = new AoAcknowledgementRepository(ao);
    }

    @Test
    void keeps_each_acknowledgement_with_who_when_and_why_in_order() {
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
}
