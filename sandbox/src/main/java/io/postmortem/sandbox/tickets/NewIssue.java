package io.postmortem.sandbox.tickets;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What creating an issue takes. Fields are by id (see {@link SandboxFields}); empty lists are left out. */
public record NewIssue(
        String projectKey,
        String type,
        String summary,
        String description,
        String priority,
        String reporter,
        String assignee,
        Map<String, List<String>> fields,
        Instant createdAt) {

    public NewIssue {
        fields = new LinkedHashMap<>(fields);
    }
}
