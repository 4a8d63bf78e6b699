package io.postmortem.plugin.persistence.blameless;

import io.postmortem.core.blameless.AcknowledgementRepository;
import io.postmortem.core.testing.contract.AcknowledgementRepositoryContract;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import org.junit.jupiter.api.BeforeEach;

/**
 * Acknowledgements against a real database; run on H2, PostgreSQL and MySQL by the subclasses. The port's contract
 * ({@link AcknowledgementRepositoryContract}) runs here and against the core's in-memory one.
 */
abstract class AoAcknowledgementRepositoryContract extends ActiveObjectsTestCase
        implements AcknowledgementRepositoryContract {
    private AoAcknowledgementRepository repository;

    @BeforeEach
    void migrate() {
        ao.migrate(AcknowledgementEntity.class);
        repository = new AoAcknowledgementRepository(ao);
    }

    @Override
    public AcknowledgementRepository acknowledgements() {
        return repository;
    }
}
