package io.postmortem.core.postmortem;

/**
 * A root cause or contributing factor, with its category from the organisation's taxonomy (change/deploy,
 * configuration, capacity, dependency, code defect, data, process, unknown) so causes can be found again later.
 */
public record RootCause(String description, String category) {
}
