package io.postmortem.core.learning;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.mail.MailOncePerRecipient;
import io.postmortem.core.mail.Mailer;
import io.postmortem.core.mail.NotificationLedger;
import io.postmortem.core.people.People;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Postmortem of the month: anyone nominates a published postmortem with a reason, everyone has one vote per month
 * (months in the organisation's calendar zone), and MIM or SRE confirms the winner, who is featured in the library
 * and announced to the engineering-wide group.
 */
public final class PostmortemOfTheMonth {
    static final int MAX_REASON = 1_000;

    private final AwardStore store;
    private final PostmortemRepository postmortems;
    private final LearningIndex index;
    private final Permissions permissions;
    private final ConfigurationStore configurationStore;
    private final People people;
    private final MailOncePerRecipient mail;
    private final Clock clock;
    private final String baseUrl;

    public PostmortemOfTheMonth(AwardStore store, PostmortemRepository postmortems, LearningIndex index,
                                Permissions permissions, ConfigurationStore configurationStore, People people,
                                Mailer mailer, NotificationLedger ledger, Clock clock, String baseUrl) {
        this.store = store;
        this.postmortems = postmortems;
        this.index = index;
        this.permissions = permissions;
        this.configurationStore = configurationStore;
        this.people = people;
        this.mail = new MailOncePerRecipient(mailer, ledger);
        this.clock = clock;
        this.baseUrl = baseUrl == null ? "" : baseUrl;
    }

    /** The current month in the organisation's calendar zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(configurationStore.load().policies().calendar().zone()));
    }

    public Nomination nominate(String postmortemKey, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Say why this postmortem deserves it.");
        }
        if (reason.length() > MAX_REASON) {
            throw new ValidationException("reason", "At most " + MAX_REASON + " characters.");
        }
        Postmortem postmortem = published(postmortemKey, actor);
        YearMonth month = currentMonth();
        return store.nominate(postmortem.key(), month, actor.username(), reason.strip(), clock.instant())
                .orElseThrow(() -> new ConflictException(postmortem.key() + " is already nominated for " + month
                        + ".", List.of("postmortemKey: vote for the existing nomination instead.")));
    }

    public Nomination vote(long nominationId, Actor actor) {
        Nomination nomination = store.nomination(nominationId)
                .filter(n -> browsable(actor, n.postmortemKey()))
                .orElseThrow(() -> new NotFoundException("No nomination " + nominationId + "."));
        YearMonth month = currentMonth();
        if (!nomination.month().equals(month)) {
            throw new ConflictException("Voting for " + nomination.month() + " has closed.",
                    List.of("month: only nominations of " + month + " take votes now."));
        }
        if (!store.vote(nominationId, month, actor.username(), clock.instant())) {
            throw new ConflictException("You have already voted in " + describe(month)
                    + ": everyone has one vote per month.", List.of("vote: one vote per person per month."));
        }
        return store.nomination(nominationId).orElseThrow();
    }

    public List<Nomination> nominations(YearMonth month, Actor actor) {
        return store.nominations(month).stream().filter(n -> browsable(actor, n.postmortemKey())).toList();
    }

    public Winner confirmWinner(YearMonth month, String postmortemKey, Actor actor) {
        Configuration configuration = configurationStore.load();
        if (!actor.isMim(configuration.directory()) && !actor.isSre(configuration.directory())) {
            throw new ForbiddenException("Only MIM and SRE confirm the postmortem of the month.");
        }
        if (month.isAfter(currentMonth())) {
            throw new ValidationException("month", month + " has not started yet.");
        }
        if (postmortemKey == null || postmortemKey.isBlank()) {
            throw new ValidationException("postmortemKey", "Required.");
        }
        Postmortem postmortem = published(postmortemKey, actor);
        Winner winner = new Winner(month, postmortem.key(), actor.username(), clock.instant());
        store.confirmWinner(winner);
        announce(winner, configuration);
        return winner;
    }

    public Optional<Winner> winner(YearMonth month, Actor actor) {
        return store.winner(month).filter(w -> browsable(actor, w.postmortemKey()));
    }

    /** The latest winner up to this month that the viewer may see: what the library features. */
    public Optional<Winner> featured(Actor actor) {
        return store.winnersUpTo(currentMonth(), 12).stream().filter(w -> browsable(actor, w.postmortemKey()))
                .findFirst();
    }

    private void announce(Winner winner, Configuration configuration) {
        if (!configuration.learning().hasEngineeringGroup()) {
            return;
        }
        Optional<LibraryEntry> entry = index.find(winner.postmortemKey());
        String title = entry.map(LibraryEntry::title).orElse(winner.postmortemKey());
        String subject = "Postmortem of the month, " + describe(winner.month()) + ": " + title;
        StringBuilder body = new StringBuilder("The postmortem of the month for ").append(describe(winner.month()))
                .append(" is ").append(winner.postmortemKey()).append(": ").append(title).append(".\n");
        entry.filter(e -> !e.summary().isBlank()).ifPresent(e -> body.append("\n").append(e.summary().strip()).append("\n"));
        store.nominations(winner.month()).stream().filter(n -> n.postmortemKey().equals(winner.postmortemKey()))
                .findFirst().ifPresent(n -> body.append("\nWhy it was nominated: ").append(n.reason()).append("\n"));
        body.append("\nRead it: ").append(baseUrl).append("/browse/").append(winner.postmortemKey()).append("\n");
        String event = "postmortem.month." + winner.month() + "." + winner.postmortemKey();
        mail.send(event, people.membersOf(configuration.learning().engineeringGroup()), clock.instant(), subject,
                body.toString());
    }

    private Postmortem published(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.findByKey(postmortemKey)
                .filter(p -> browsable(actor, p.key()))
                .orElseThrow(() -> new NotFoundException("No postmortem " + postmortemKey + "."));
        if (!postmortem.isPublished()) {
            throw new ConflictException("Only published postmortems can be postmortem of the month.",
                    List.of("postmortemKey: " + postmortemKey + " is " + postmortem.status() + "."));
        }
        return postmortem;
    }

    /** Viewers see a postmortem when they may browse its incident. */
    private boolean browsable(Actor actor, String postmortemKey) {
        return postmortems.findByKey(postmortemKey)
                .map(p -> permissions.canBrowseIssue(actor.username(), p.incidentKey())).orElse(false);
    }

    private static String describe(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
