package io.postmortem.plugin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.shared.ValidationException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A JSON request object read field by field, each problem reported against its field name. */
public final class JsonBody {
    private final JsonNode node;

    JsonBody(JsonNode node) {
        this.node = node;
    }

    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    public String requiredText(String field) {
        return optionalText(field).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ValidationException(field, "Required."));
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, "Must be a string.");
        }
        return Optional.of(value.asText());
    }

    public Optional<Integer> optionalInt(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ValidationException(field, "Must be a whole number.");
        }
        return Optional.of(value.asInt());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new ValidationException(field, "Must be true or false.");
        }
        return Optional.of(value.asBoolean());
    }

    /** An ISO-8601 instant with an offset or Z, e.g. 2026-11-20T14:05:00+01:00. */
    public Optional<Instant> optionalInstant(String field) {
        return optionalText(field).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new ValidationException(field, "Must be an ISO-8601 time with an offset, e.g. 2026-11-20T14:05:00Z.");
            }
        });
    }

    public Instant requiredInstant(String field) {
        return optionalInstant(field).orElseThrow(() -> new ValidationException(field, "Required."));
    }

    public List<String> textList(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ValidationException(field, "Must be a list of strings.");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new ValidationException(field, "Must be a list of strings.");
            }
            result.add(item.asText());
        }
        return result;
    }

    public JsonNode raw() {
        return node;
    }
}
