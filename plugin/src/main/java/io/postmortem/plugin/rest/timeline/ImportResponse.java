package io.postmortem.plugin.rest.timeline;

import java.util.List;

/** POST /incidents/{key}/timeline/import: how many entries this import added, and which. */
public record ImportResponse(int imported, List<EntryView> entries) {
}
