package io.postmortem.plugin.panel;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.blameless.BlamelessPublishCheck;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemPolicy;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.Section;
import io.postmortem.plugin.rest.postmortem.PostmortemView;
import io.postmortem.plugin.rest.postmortem.PostmortemViews;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the panels' view models from an issue key and the viewer. Jira's context providers and the sandbox both
 * call this, so the same template shows the same thing on either host.
 */
public final class PanelModels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private final IncidentTickets incidents;
    private final PostmortemService postmortems;
    private final PostmortemViews views;
    private final ConfigurationStore configurationStore;
    private final Permissions permissions;
    private final BlamelessPublishCheck blameless;

    public PanelModels(IncidentTickets incidents, PostmortemService postmortems, PostmortemViews views,
                       ConfigurationStore configurationStore, Permissions permissions, BlamelessPublishCheck blameless) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.views = views;
        this.configurationStore = configurationStore;
        this.permissions = permissions;
        this.blameless = blameless;
    }

    /** The incident panel, or empty when the issue is not an incident (the panel is then not shown). */
    public Optional<IncidentPanel> incidentPanel(String issueKey, Actor viewer) {
        Optional<Incident> found = incidents.find(issueKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        Configuration configuration = configurationStore.load();
        PostmortemPolicy policy = new PostmortemPolicy(configuration);
        Optional<Postmortem> postmortem = postmortems.forIncident(issueKey, viewer);
        PostmortemView view = postmortem.map(p -> views.of(p, viewer)).orElse(null);
        ZoneId zone = configuration.policies().calendar().zone();
        return Optional.of(new IncidentPanel(
                incident.key(),
                incident.severity() == null ? "" : incident.severity().name(),
                incident.isResolved(),
                policy.requiresPostmortem(incident),
                view,
                postmortem.isEmpty() && permissions.canEditIssue(viewer.username(), issueKey),
                postmortem.map(p -> facilitatorLabel(p.facilitator(), configuration)).orElse(""),
                postmortem.map(p -> day(p.dueDate())).orElse(""),
                postmortem.map(Postmortem::meeting).map(m -> meetingLabel(m, zone)).orElse(""),
                postmortem.map(p -> blameless.unresolved(p).size()).orElse(0)));
    }

    /** The document panel of a Postmortem issue, or empty when the issue holds no postmortem. */
    public Optional<PostmortemPanel> postmortemPanel(String issueKey, Actor viewer) {
        Optional<Postmortem> found = postmortems.findByKey(issueKey, viewer);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Postmortem postmortem = found.get();
        Configuration configuration = configurationStore.load();
        ZoneId zone = configuration.policies().calendar().zone();
        return Optional.of(new PostmortemPanel(
                views.of(postmortem, viewer),
                Arrays.stream(Section.values())
                        .map(s -> new PostmortemPanel.SectionRow(s.name(), s.labelKey(), s.labelKey() + ".hint", postmortem.section(s)))
                        .toList(),
                facilitatorLabel(postmortem.facilitator(), configuration),
                day(postmortem.dueDate()),
                postmortem.meeting() == null ? "" : meetingLabel(postmortem.meeting(), zone),
                blameless.unresolved(postmortem).size()));
    }

    static String facilitatorLabel(Facilitator facilitator, Configuration configuration) {
        if (facilitator.isMim()) {
            return "Major Incident Management";
        }
        return configuration.directory().team(facilitator.name()).map(Team::name).orElse(facilitator.name());
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String meetingLabel(Meeting meeting, ZoneId zone) {
        return MEETING.withZone(zone).format(meeting.start()) + " · " + meeting.durationMinutes() + " min · " + meeting.location();
    }
}
