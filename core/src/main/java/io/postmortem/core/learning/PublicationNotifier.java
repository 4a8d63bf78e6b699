package io.postmortem.core.learning;

import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.mail.MailOncePerRecipient;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemListener;
import io.postmortem.core.postmortem.PostmortemStatus;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * On publish, mails the summary to the members and Platform Leads of every impacted team, and to the
 * engineering-wide group for P1/P2 or when the facilitator chose to share widely. Each recipient gets one mail,
 * however often the listener runs (ledger event {@code postmortem.published.<key>}).
 */
public final class PublicationNotifier implements PostmortemListener {
    private final IncidentTickets incidents;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final LearningMarksStore marks;
    private final TimelineHighlights highlights;
    private final ActionSummaries actions;
    private final MailOncePerRecipient mail;
    private final Clock clock;
    private final String baseUrl;

    /** @param baseUrl the ticket system's base URL, e.g. {@code https://jira.example.com}, for the link */
    public PublicationNotifier(IncidentTickets incidents, ConfigurationStore configurationStore, People people,
                               LearningMarksStore marks, TimelineHighlights highlights, ActionSummaries actions,
                               Mailer mailer, NotificationLedger ledger, Clock clock, String baseUrl) {
        this.incidents = incidents;
        this.configurationStore = configurationStore;
        this.people = people;
        this.marks = marks;
        this.highlights = highlights;
        this.actions = actions;
        this.mail = new MailOncePerRecipient(mailer, ledger);
        this.clock = clock;
        this.baseUrl = baseUrl == null ? "" : baseUrl;
    }

    @Override
    public void statusChanged(Postmortem postmortem, PostmortemStatus from) {
        if (postmortem.isPublished() && from != PostmortemStatus.PUBLISHED) {
            announce(postmortem);
        }
    }

    /** Sends the mails not yet sent for this postmortem; returns the recipients mailed now. */
    public List<String> announce(Postmortem postmortem) {
        Configuration configuration = configurationStore.load();
        Optional<Incident> incident = incidents.find(postmortem.incidentKey());
        Set<String> recipients = recipients(postmortem, incident, configuration);
        String subject = PublicationSummary.subject(postmortem, incident);
        String body = PublicationSummary.body(postmortem, incident, highlights.highlightsOf(postmortem.incidentKey()),
                actions.actionsOf(postmortem.key()), configuration.policies().calendar().zone(),
                baseUrl + "/browse/" + postmortem.key());
        String event = "postmortem.published." + postmortem.key();
        return mail.send(event, recipients, clock.instant(), subject, body);
    }

    Set<String> recipients(Postmortem postmortem, Optional<Incident> incident, Configuration configuration) {
        Directory directory = configuration.directory();
        Set<String> recipients = new LinkedHashSet<>();
        for (String slug : incident.map(Incident::allTeams).orElse(List.of())) {
            directory.team(slug).map(Team::group).ifPresent(group -> recipients.addAll(people.membersOf(group)));
            directory.platformOfTeam(slug).map(Platform::lead).filter(lead -> !lead.isBlank())
                    .ifPresent(recipients::add);
        }
        boolean widely = postmortem.severity().isMajor() || marks.marks(postmortem.key()).shareWidely();
        if (widely && configuration.learning().hasEngineeringGroup()) {
            recipients.addAll(people.membersOf(configuration.learning().engineeringGroup()));
        }
        return recipients;
    }
}
