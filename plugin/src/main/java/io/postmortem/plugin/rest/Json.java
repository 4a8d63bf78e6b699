package io.postmortem.plugin.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.postmortem.core.shared.ValidationException;

import java.util.stream.Collectors;

/**
 * The plugin's own JSON, independent of whichever JSON provider the host's REST stack brings: resources read the
 * body as text and answer with text, so a request means the same in Jira and in the sandbox.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Reads a request body; any problem becomes a 400 naming the field (or "body" when it is not JSON at all). */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ValidationException("body", "A JSON body is required.");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonMappingException e) {
            throw new ValidationException(fieldOf(e), messageOf(e));
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a body as a JSON object, for resources that check their fields one by one. */
    public static JsonBody object(String body) {
        JsonNode node = read(body, JsonNode.class);
        if (!node.isObject()) {
            throw new ValidationException("body", "The body must be a JSON object.");
        }
        return new JsonBody(node);
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String messageOf(JsonMappingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Unrecognized field")) {
            return "Unknown field.";
        }
        if (original.startsWith("Cannot map `null` into type")) {
            // A missing or null value for a primitive field: Jackson's text names its own configuration.
            return "Required.";
        }
        int cut = original.indexOf(" at [Source");
        return "Invalid value: " + (cut > 0 ? original.substring(0, cut) : original);
    }
}
