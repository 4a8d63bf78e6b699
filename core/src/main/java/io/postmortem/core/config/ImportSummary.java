package io.postmortem.core.config;

import java.util.List;

/**
 * The outcome of a configuration change that passed validation: the readable change lines, and whether they
 * were saved ({@code dryRun} false) or only previewed.
 */
public record ImportSummary(boolean dryRun, List<String> changes) {

    public ImportSummary {
        changes = List.copyOf(changes);
    }
}
