package io.postmortem.plugin.rest.timeline;

import io.postmortem.core.timeline.TimelineWarning;

/** A contradiction among the milestones and what to fix. */
public record WarningView(String code, String message, String fix) {

    static WarningView of(TimelineWarning warning) {
        return new WarningView(warning.code(), warning.message(), warning.fix());
    }
}
