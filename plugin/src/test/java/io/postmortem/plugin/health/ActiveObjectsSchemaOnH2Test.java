package io.postmortem.plugin.health;

import io.postmortem.core.health.HostHealth.DatabaseState;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.config.ConfigurationEntity;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The health page's database facts read from the real Active Objects on H2. */
class ActiveObjectsSchemaOnH2Test extends ActiveObjectsTestCase {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    private final DegradedFeatures degraded = new DegradedFeatures(Clock.systemUTC());

    @Test
    void allTablesPresentAfterTheMigrationJiraRunsOnStart() {
        ao.migrate(PersistenceEntities.asArray());

        DatabaseState state = new ActiveObjectsSchema(ao, new HostCalls(degraded)).state();

        assertThat(state.type()).isEqualTo("H2");
        assertThat(state.tables()).isEqualTo(PersistenceEntities.all().size());
        assertThat(state.missingTables()).isEmpty();
        assertThat(state.schemaVersion()).isEqualTo(String.valueOf(ActiveObjectsSchema.schemaVersion()));
        assertThat(degraded.all()).isEmpty();
    }

    @Test
    void tablesTheDatabaseLacksAreNamed() {
        ao.migrate(ConfigurationEntity.class);

        DatabaseState state = new ActiveObjectsSchema(ao, new HostCalls(degraded)).state();

        assertThat(state.missingTables()).contains(ActionEntity.class.getSimpleName())
                .doesNotContain(ConfigurationEntity.class.getSimpleName())
                .hasSize(PersistenceEntities.all().size() - 1);
    }
}
