package io.postmortem.plugin.persistence.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.postmortem.core.config.Configuration;
import io.postmortem.plugin.rest.Json;

/** The stored form of a {@link Configuration}: the plugin's own JSON, the same the REST API speaks. */
final class ConfigurationJson {
    // Maps in key order: the same configuration is always stored as the same text.
    private static final ObjectWriter WRITER =
            Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ConfigurationJson() {
    }

    static String write(Configuration configuration) {
        try {
            return WRITER.writeValueAsString(configuration);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration as JSON", e);
        }
    }

    static Configuration read(String json) {
        try {
            return Json.mapper().readValue(json, Configuration.class);
        } catch (JsonProcessingException e) {
            // Stored data no longer matching the model is a missing upgrade task, not a user error.
            throw new IllegalStateException("The stored configuration cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
