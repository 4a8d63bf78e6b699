package io.postmortem.sandbox.tickets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An issue in the sandbox's ticket store. {@code fields} holds every non-system field by id, multi-valued. */
public record Issue(
        String key,
        String projectKey,
        String type,
        String summary,
        String description,
        String status,
        String resolution,
        String priority,
        String reporter,
        String assignee,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        Map<String, List<String>> fields) {

    public Issue {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((id, values) -> copy.put(id, List.copyOf(values)));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> values(String fieldId) {
        return fields.getOrDefault(fieldId, List.of());
    }

    public Optional<String> value(String fieldId) {
        List<String> values = values(fieldId);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Optional<Instant> instant(String fieldId) {
        return value(fieldId).map(Instant::parse);
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }
}
