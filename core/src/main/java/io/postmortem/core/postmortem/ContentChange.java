package io.postmortem.core.postmortem;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an editor changes: some sections, possibly the root causes and the no-actions reason. */
public record ContentChange(Map<Section, String> sections, Optional<List<RootCause>> rootCauses,
                            Optional<String> noActionsReason, Long expectedVersion) {

    public ContentChange {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        sections = java.util.Collections.unmodifiableMap(copy);
        rootCauses = rootCauses.map(List::copyOf);
    }
}
