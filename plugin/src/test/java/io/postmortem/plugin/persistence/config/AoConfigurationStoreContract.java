package io.postmortem.plugin.persistence.config;

import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.testing.contract.ConfigurationStoreContract;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The configuration store against a real database; run on H2 and PostgreSQL by the subclasses. The port's contract
 * ({@link ConfigurationStoreContract}) runs here and against the core's in-memory host; what only this store has
 * (its version, its clock, one row, other nodes) stays here.
 */
abstract class AoConfigurationStoreContract extends ActiveObjectsTestCase implements ConfigurationStoreContract {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123Z");

    private SettableClock clock;
    private AoConfigurationStore store;

    @BeforeEach
    void migrate() {
        ao.migrate(PersistenceEntities.asArray());
        clock = new SettableClock(T0);
        store = new AoConfigurationStore(ao, clock);
    }

    @Override
    public ConfigurationStore store() {
        return store;
    }

    @Test
    void createsJirasTableNames() {
        assertThat(database.tables()).contains("AO_441554_CONFIG", "AO_441554_CONFIG_AUDIT");
    }

    @Test
    void loadGivesTheDefaultsBeforeAnythingIsSaved() {
        assertThat(store.load()).isEqualTo(Configuration.defaults());
        assertThat(store.version()).isZero();
        assertThat(store.audit(10)).isEmpty();
    }

    @Test
    void loadGivesBackExactlyWhatWasSaved() {
        Configuration saved = SampleConfigurations.customised();

        store.save(saved, "alice", List.of("Added the Payments platform"));

        assertThat(store.load()).isEqualTo(saved);
        assertThat(new AoConfigurationStore(ao).load()).as("a new store reads the database").isEqualTo(saved);
    }

    @Test
    void everySaveReplacesTheOneRowAndCountsTheVersion() {
        store.save(SampleConfigurations.customised(), "alice", List.of("first"));
        store.save(Configuration.defaults(), "bob", List.of("back to defaults"));

        assertThat(ao.count(ConfigurationEntity.class)).isEqualTo(1);
        assertThat(store.version()).isEqualTo(2);
        assertThat(store.load()).isEqualTo(Configuration.defaults());
    }

    @Test
    void auditListsEveryChangeNewestFirstWithActorAndTime() {
        store.save(Configuration.defaults(), "alice", List.of("a1", "a2"));
        clock.set(T0.plusSeconds(60));
        store.save(SampleConfigurations.customised(), "bob", List.of("b1"));

        List<AuditEntry> audit = store.audit(10);

        assertThat(audit).extracting(AuditEntry::change).containsExactly("b1", "a2", "a1");
        assertThat(audit).extracting(AuditEntry::actor).containsExactly("bob", "alice", "alice");
        assertThat(audit.get(0).at()).isEqualTo(T0.plusSeconds(60));
        assertThat(audit.get(2).at()).isEqualTo(T0);
        assertThat(audit).extracting(AuditEntry::id).doesNotHaveDuplicates();
    }

    @Test
    void aSaveThatFailsHalfwayLeavesTheOldConfigurationAndNoAudit() {
        Configuration before = SampleConfigurations.customised();
        store.save(before, "alice", List.of("before"));

        // The configuration row is written first; the audit row then fails on its NOT NULL actor.
        assertThatThrownBy(() -> store.save(Configuration.defaults(), null, List.of("never recorded")))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.load()).isEqualTo(before);
        assertThat(store.version()).isEqualTo(1);
        assertThat(store.audit(10)).extracting(AuditEntry::change).containsExactly("before");
    }

    @Test
    void anotherClusterNodeSeesASaveAtOnce() {
        try (AoDatabase otherNode = database.anotherNode()) {
            AoConfigurationStore otherStore = new AoConfigurationStore(otherNode.activeObjects(), clock);
            store.save(Configuration.defaults(), "alice", List.of("first"));
            assertThat(otherStore.load()).isEqualTo(Configuration.defaults());

            store.save(SampleConfigurations.customised(), "alice", List.of("second"));

            assertThat(otherStore.load()).isEqualTo(SampleConfigurations.customised());
            assertThat(otherStore.version()).isEqualTo(2);
        }
    }

    /** A clock the test moves by hand. */
    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
