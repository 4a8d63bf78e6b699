package io.postmortem.core.action;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.mail.DailyJob;
import io.postmortem.core.mail.MailOncePerRecipient;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The daily action reminders (run once per cluster by the daily job). The owning team's members hear when an
 * action is due within {@code actionDueSoonBusinessDays} business days and again once it is overdue; on
 * {@code leadDigestDay} each Platform Lead gets one digest of the platform's overdue actions. The ledger keys
 * ({@code action.due-soon.<id>}, {@code action.overdue.<id>}, {@code lead.digest.<platform>.<isoWeek>}) make a
 * second run, or a run on another node, send nothing new. Actions whose ticket was deleted are not chased.
 */
public final class ActionReminders implements DailyJob {
    private final ActionRepository actions;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final MailOncePerRecipient mail;
    private final Clock clock;

    public ActionReminders(ActionRepository actions, ConfigurationStore configurationStore, People people,
                           Mailer mailer, NotificationLedger ledger, Clock clock) {
        this.actions = actions;
        this.configurationStore = configurationStore;
        this.people = people;
        this.mail = new MailOncePerRecipient(mailer, ledger);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "action-reminders";
    }

    /** Sends what is due today; returns how many mails went out. */
    @Override
    public int run() {
        Configuration configuration = configurationStore.load();
        BusinessCalendar calendar = configuration.policies().calendar();
        Instant now = clock.instant();
        LocalDate today = calendar.dayOf(now);
        int dueSoonDays = configuration.policies().actionDueSoonBusinessDays();
        List<Action> unclosed = actions.find(ActionFilter.unclosed()).stream().filter(a -> !a.ticketDeleted()).toList();
        int sent = 0;
        for (Action action : unclosed) {
            List<String> team = configuration.directory().team(action.team()).map(Team::group)
                    .map(people::membersOf).orElse(List.of());
            if (action.isOverdue(today)) {
                sent += send("action.overdue." + action.id(), team, now,
                        "Action overdue: " + action.problemKey() + " " + action.summary(),
                        "The action " + action.problemKey() + " (" + action.summary() + ") of postmortem "
                                + action.postmortemKey() + " was due on " + action.dueDate() + " and is not done.\n"
                                + "Please finish it, or resolve it as Won't Do with a comment saying why.");
            } else if (calendar.businessDaysBetween(today, action.dueDate()) <= dueSoonDays) {
                sent += send("action.due-soon." + action.id(), team, now,
                        "Action due " + action.dueDate() + ": " + action.problemKey() + " " + action.summary(),
                        "The action " + action.problemKey() + " (" + action.summary() + ") of postmortem "
                                + action.postmortemKey() + " is due on " + action.dueDate() + ".");
            }
        }
        if (today.getDayOfWeek() == configuration.policies().leadDigestDay()) {
            sent += digests(unclosed.stream().filter(a -> a.isOverdue(today)).toList(), configuration, today, now);
        }
        return sent;
    }

    private int digests(List<Action> overdue, Configuration configuration, LocalDate today, Instant now) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Map<String, List<Action>> byPlatform = overdue.stream()
                .collect(Collectors.groupingBy(Action::platform, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<String, List<Action>> entry : byPlatform.entrySet()) {
            Platform platform = configuration.directory().platform(entry.getKey()).orElse(null);
            if (platform == null || platform.lead() == null || platform.lead().isBlank()) {
                continue;
            }
            StringBuilder body = new StringBuilder("Overdue actions of the " + platform.name() + " platform, "
                    + entry.getValue().size() + " in all:\n\n");
            for (Action action : entry.getValue()) {
                body.append("- ").append(action.problemKey()).append(" ").append(action.summary())
                        .append(" (team ").append(action.team()).append(", due ").append(action.dueDate())
                        .append(", postmortem ").append(action.postmortemKey()).append(")\n");
            }
            sent += send("lead.digest." + platform.slug() + "." + week, List.of(platform.lead()), now,
                    "Weekly digest: " + entry.getValue().size() + " overdue actions on " + platform.name(),
                    body.toString());
        }
        return sent;
    }

    private int send(String eventKey, List<String> recipients, Instant now, String subject, String body) {
        return mail.send(eventKey, recipients, now, subject, body).size();
    }
}
