package io.postmortem.plugin.rest.health;

import io.postmortem.core.health.HealthCheck;

import java.util.List;

/** {@code {"checks": [{"id", "status": "OK"|"WARN"|"FAIL", "detail", "fix"}]}}: the health page's answer. */
public record HealthView(List<CheckView> checks) {

    public record CheckView(String id, String status, String detail, String fix) {
    }

    public static HealthView of(List<HealthCheck> checks) {
        return new HealthView(checks.stream()
                .map(check -> new CheckView(check.id(), check.status().name(), check.detail(), check.fix()))
                .toList());
    }
}
