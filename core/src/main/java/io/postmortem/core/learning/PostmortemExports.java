package io.postmortem.core.learning;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemService;

import java.time.ZoneId;

/** Exports a postmortem the viewer may see, as Markdown, Confluence storage format or a print-ready page. */
public final class PostmortemExports {
    private final PostmortemService postmortems;
    private final IncidentTickets incidents;
    private final ActionSummaries actions;
    private final ConfigurationStore configurationStore;

    public PostmortemExports(PostmortemService postmortems, IncidentTickets incidents, ActionSummaries actions,
                             ConfigurationStore configurationStore) {
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.actions = actions;
        this.configurationStore = configurationStore;
    }

    /** The exported text and how to serve it: {@code fileName} for a download, e.g. {@code PM-12.md}. */
    public record Export(String content, String contentType, String fileName) {
    }

    public Export export(String postmortemKey, ExportFormat format, Actor viewer) {
        Postmortem postmortem = postmortems.get(postmortemKey, viewer);
        ZoneId zone = configurationStore.load().policies().calendar().zone();
        PostmortemDocument document = new PostmortemDocument(postmortem,
                incidents.find(postmortem.incidentKey()).map(Incident::summary).orElse(postmortem.incidentKey()),
                actions.actionsOf(postmortem.key()), zone);
        String content = switch (format) {
            case MARKDOWN -> document.markdown();
            case CONFLUENCE -> document.confluence();
            case HTML -> document.html();
        };
        return new Export(content, format.contentType(), postmortem.key() + format.extension());
    }
}
