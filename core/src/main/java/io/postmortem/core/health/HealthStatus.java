package io.postmortem.core.health;

/** How a health check came out: works, works with a caveat the administrator should look at, or does not work. */
public enum HealthStatus {
    OK, WARN, FAIL
}
