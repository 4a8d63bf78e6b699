package io.postmortem.plugin.persistence.config;

import io.postmortem.core.config.Configuration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationJsonTest {

    @Test
    void aCustomisedConfigurationRoundTripsExactly() {
        Configuration original = SampleConfigurations.customised();

        Configuration read = ConfigurationJson.read(ConfigurationJson.write(original));

        assertThat(read).isEqualTo(original);
        assertThat(read).isNotEqualTo(Configuration.defaults());
    }

    @Test
    void theDefaultsRoundTripExactly() {
        assertThat(ConfigurationJson.read(ConfigurationJson.write(Configuration.defaults())))
                .isEqualTo(Configuration.defaults());
    }

    @Test
    void writesDatesZonesAndDaysAsReadableText() {
        String json = ConfigurationJson.write(SampleConfigurations.customised());

        assertThat(json).contains("\"zone\":\"Asia/Kolkata\"", "\"2025-12-25\"", "\"leadDigestDay\":\"WEDNESDAY\"",
                "\"P1\":{\"HIGHEST\":10");
    }

    @Test
    void theSameConfigurationIsAlwaysStoredAsTheSameText() {
        assertThat(ConfigurationJson.write(SampleConfigurations.customised()))
                .isEqualTo(ConfigurationJson.write(SampleConfigurations.customised()))
                .contains("\"meetingDueBusinessDays\":{\"P1\":3,\"P2\":4,\"P3\":5,\"P4\":6,\"P5\":7}");
    }

    @Test
    void setsAreWrittenInTheirNaturalOrderSoEveryNodeAndRestartWritesTheSameText() {
        // Set.copyOf iterates in an order salted per JVM: two nodes (or one node after a restart) used to write
        // the same severities and days in different orders.
        Configuration defaults = Configuration.defaults();

        String json = ConfigurationJson.write(defaults);

        assertThat(json).contains("\"postmortemSeverities\":[\"P1\",\"P2\",\"P3\"]")
                .contains("\"weekend\":[\"SATURDAY\",\"SUNDAY\"]");
        assertThat(ConfigurationJson.write(SampleConfigurations.customised()))
                .contains("\"postmortemSeverities\":[\"P1\",\"P2\",\"P4\"]")
                .contains("\"weekend\":[\"FRIDAY\",\"SATURDAY\"]")
                .contains("\"holidays\":[\"2025-12-25\",\"2026-01-26\",\"2026-08-15\"]");
    }

    @Test
    void unreadableStoredJsonIsAnInternalError() {
        assertThatThrownBy(() -> ConfigurationJson.read("{\"directory\":{\"platforms\":[],\"surprise\":1}}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored configuration");
    }
}
