package io.postmortem.plugin.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
            throw new ValidationException("body", "The body is not valid JSON: "
                    + JavaTypeNames.scrub(e.getOriginalMessage()));
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

    /**
     * What was wrong with the value, in the caller's words: Jackson's own texts name our classes (e.g. "Cannot
     * construct instance of `io.postmortem.core.config.IncidentMapping`"), so they are never passed on.
     */
    private static String messageOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "Unknown field.";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof InvalidNullException || original.startsWith("Cannot map `null` into type")) {
            // A missing or null value for a primitive field.
            return "Required.";
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException) {
                return "Incomplete: a required value inside is missing.";
            }
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                // Our records' own checks explain themselves in plain words.
                return JavaTypeNames.scrub(cause.getMessage());
            }
            return "Invalid value.";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Must be " + expected(mismatch.getTargetType()) + ".";
        }
        return "Invalid value.";
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return "a number";
        }
        if (type == java.time.ZoneId.class) {
            return "a time zone such as Europe/London";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                || type == java.time.ZonedDateTime.class) {
            return "an ISO-8601 time with an offset, e.g. 2026-11-20T14:05:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2026-12-18";
        }
        if (type == java.time.LocalTime.class) {
            return "a time of day like 09:30";
        }
        if (type == java.time.Duration.class) {
            return "an ISO-8601 duration like PT4H";
        }
        if (type == java.time.YearMonth.class) {
            return "a month like 2026-11";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
