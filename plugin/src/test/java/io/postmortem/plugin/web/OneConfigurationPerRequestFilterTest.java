package io.postmortem.plugin.web;

import io.postmortem.core.config.Configuration;
import io.postmortem.plugin.persistence.config.AoConfigurationStore;
import io.postmortem.plugin.persistence.config.ConfigurationAuditEntity;
import io.postmortem.plugin.persistence.config.ConfigurationEntity;
import io.postmortem.testkit.ao.AoDatabase;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request scope of the configuration, around a real store on H2. */
class OneConfigurationPerRequestFilterTest {
    private final AoDatabase database = AoDatabase.h2InMemory("one-configuration-per-request-filter");
    private final AoConfigurationStore store = new AoConfigurationStore(database.activeObjects());
    private final OneConfigurationPerRequestFilter filter = new OneConfigurationPerRequestFilter();

    OneConfigurationPerRequestFilterTest() {
        database.activeObjects().migrate(ConfigurationEntity.class, ConfigurationAuditEntity.class);
        store.save(Configuration.defaults(), "admin", List.of("first"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyReadOfOneRequestSharesOneVersionCheck() throws Exception {
        int[] statements = {0};
        FilterChain threeReads = (request, response) -> statements[0] = database.counting(() -> {
            store.load();
            store.load();
            return store.load();
        }).statements();

        filter.doFilter(null, null, threeReads);

        assertThat(statements[0]).isEqualTo(1);
        assertThat(database.counting(() -> {
            store.load();
            return store.load();
        }).statements()).as("after the request each read checks again").isEqualTo(2);
    }

    @Test
    void aFailingRequestEndsItsScopeAndKeepsItsFailure() {
        FilterChain failing = (request, response) -> {
            store.load();
            throw new IOException("client went away");
        };

        assertThatThrownBy(() -> filter.doFilter(null, null, failing)).isInstanceOf(IOException.class)
                .hasMessage("client went away");
        assertThat(database.counting(store::load).statements()).as("no snapshot left on the thread").isEqualTo(1);
    }
}
