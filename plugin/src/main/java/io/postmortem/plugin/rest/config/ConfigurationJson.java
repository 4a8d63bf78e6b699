package io.postmortem.plugin.rest.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.postmortem.core.config.Configuration;
import io.postmortem.plugin.rest.Json;

/**
 * The whole configuration as JSON, field names being the record component names (so a 400's error keys, e.g.
 * {@code directory.teams[3].projectKey}, are the paths of the fields in this JSON). Maps are written in key
 * order so an export reads and compares well.
 */
public final class ConfigurationJson {
    private static final ObjectWriter WRITER = Json.mapper().writer()
            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .with(SerializationFeature.INDENT_OUTPUT);

    private ConfigurationJson() {
    }

    public static String write(Configuration configuration) {
        try {
            return WRITER.writeValueAsString(configuration);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration as JSON", e);
        }
    }

    /** Reads a configuration; malformed JSON or a wrong value becomes a 400 naming the field's path. */
    public static Configuration read(String body) {
        return Json.read(body, Configuration.class);
    }
}
