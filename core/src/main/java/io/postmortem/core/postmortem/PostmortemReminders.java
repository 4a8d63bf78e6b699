package io.postmortem.core.postmortem;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.mail.DailyJob;
import io.postmortem.core.mail.MailOncePerRecipient;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The daily reminder run (once per cluster): the facilitator hears on the day the meeting is due and once it is
 * overdue; overdue by the escalation threshold also reaches MIM and the Lead of the incident's platform. The ledger
 * makes a second run, or a run on another node, send nothing new.
 */
public final class PostmortemReminders implements DailyJob {
    private final PostmortemRepository postmortems;
    private final IncidentTickets incidents;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final MailOncePerRecipient mail;
    private final Clock clock;

    public PostmortemReminders(PostmortemRepository postmortems, IncidentTickets incidents,
                               ConfigurationStore configurationStore, People people, Mailer mailer,
                               NotificationLedger ledger, Clock clock) {
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.configurationStore = configurationStore;
        this.people = people;
        this.mail = new MailOncePerRecipient(mailer, ledger);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "postmortem-reminders";
    }

    /** Sends what is due today; returns how many mails went out. */
    @Override
    public int run() {
        Configuration configuration = configurationStore.load();
        BusinessCalendar calendar = configuration.policies().calendar();
        Instant now = clock.instant();
        LocalDate today = calendar.dayOf(now);
        PostmortemAccess access = new PostmortemAccess(configuration.directory());
        int sent = 0;
        for (Postmortem postmortem : postmortems.unpublished()) {
            if (postmortem.heldAt() != null) {
                continue;
            }
            List<String> facilitators = people.membersOf(access.facilitatorGroup(postmortem.facilitator()));
            if (today.equals(postmortem.dueDate())) {
                sent += send("postmortem.due." + postmortem.key(), facilitators, now,
                        "Postmortem meeting due today: " + postmortem.incidentKey(),
                        "The blameless postmortem meeting for " + postmortem.incidentKey() + " (" + postmortem.severity()
                                + ") is due today, " + postmortem.dueDate() + ". Postmortem: " + postmortem.key() + ".");
            } else if (today.isAfter(postmortem.dueDate())) {
                sent += send("postmortem.overdue." + postmortem.key(), facilitators, now,
                        "Postmortem overdue: " + postmortem.incidentKey(),
                        "The blameless postmortem meeting for " + postmortem.incidentKey() + " (" + postmortem.severity()
                                + ") was due on " + postmortem.dueDate() + " and has not been held. Postmortem: "
                                + postmortem.key() + ".");
                int lateBy = calendar.businessDaysBetween(postmortem.dueDate(), today);
                if (lateBy >= configuration.policies().escalateAfterBusinessDays()) {
                    Set<String> escalation = new LinkedHashSet<>(people.membersOf(configuration.directory().mimGroup()));
                    leadOf(postmortem, configuration).ifPresent(escalation::add);
                    sent += send("postmortem.escalated." + postmortem.key(), List.copyOf(escalation), now,
                            "Escalation: postmortem " + lateBy + " business days overdue: " + postmortem.incidentKey(),
                            "The blameless postmortem meeting for " + postmortem.incidentKey() + " (" + postmortem.severity()
                                    + ") was due on " + postmortem.dueDate() + " and is " + lateBy
                                    + " business days overdue. Facilitator: " + postmortem.facilitator().name()
                                    + ". Postmortem: " + postmortem.key() + ".");
                }
            }
        }
        return sent;
    }

    private Optional<String> leadOf(Postmortem postmortem, Configuration configuration) {
        return incidents.find(postmortem.incidentKey())
                .map(Incident::owningTeam)
                .flatMap(configuration.directory()::platformOfTeam)
                .map(Platform::lead);
    }

    /** One mail per recipient who has not had this event yet. */
    private int send(String eventKey, List<String> recipients, Instant now, String subject, String body) {
        return mail.send(eventKey, recipients, now, subject, body).size();
    }
}
