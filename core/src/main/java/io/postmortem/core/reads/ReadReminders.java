package io.postmortem.core.reads;

import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.mail.DailyJob;
import io.postmortem.core.mail.MailOncePerRecipient;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.incident.Incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Seven days after a postmortem is published, the engineers of its impacted teams who have not marked it read get
 * one reminder; never a second (the notification ledger records each recipient, so a second run or another node
 * sends nothing). Postmortems published more than {@link #WINDOW} ago are left alone, so turning this on does not
 * remind people of years of old postmortems.
 */
public final class ReadReminders implements DailyJob {
    public static final Duration AFTER = Duration.ofDays(7);
    public static final Duration WINDOW = Duration.ofDays(30);

    private final PostmortemRepository postmortems;
    private final IncidentTickets incidents;
    private final ReadReceiptRepository receipts;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final MailOncePerRecipient mail;
    private final Clock clock;
    private final String baseUrl;

    public ReadReminders(PostmortemRepository postmortems, IncidentTickets incidents, ReadReceiptRepository receipts,
                         ConfigurationStore configurationStore, People people, Mailer mailer,
                         NotificationLedger ledger, Clock clock, String baseUrl) {
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.receipts = receipts;
        this.configurationStore = configurationStore;
        this.people = people;
        this.mail = new MailOncePerRecipient(mailer, ledger);
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "read-reminders";
    }

    @Override
    public int run() {
        Configuration configuration = configurationStore.load();
        Instant now = clock.instant();
        int sent = 0;
        for (Postmortem postmortem : postmortems.all()) {
            Instant published = postmortem.publishedAt();
            if (!postmortem.isPublished() || published == null || now.isBefore(published.plus(AFTER))
                    || now.isAfter(published.plus(WINDOW))) {
                continue;
            }
            List<String> teams = incidents.find(postmortem.incidentKey()).map(Incident::allTeams).orElse(List.of());
            Set<String> readers = new HashSet<>();
            receipts.of(postmortem.key()).forEach(r -> readers.add(r.username()));
            Set<String> owed = new LinkedHashSet<>(ImpactedReaders.everyone(configuration.directory(), people, teams));
            owed.removeAll(readers);
            if (owed.isEmpty()) {
                continue;
            }
            String link = baseUrl + "/browse/" + postmortem.key();
            sent += mail.send("postmortem.read-reminder." + postmortem.key(), owed, now,
                    "Reminder: read the postmortem of " + postmortem.incidentKey(),
                    "The postmortem of " + postmortem.incidentKey() + " (" + postmortem.severity()
                            + "), which affected your team, was published a week ago and you have not marked it read."
                            + "\n\nRead it and mark it read: " + link).size();
        }
        return sent;
    }
}
