package io.postmortem.core.action;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEventHandler;
import io.postmortem.core.locking.ClusterLocks;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps actions in step with their Problem tickets. The ticket system is the truth: on every event about a
 * Problem ticket the action re-reads the ticket's state rather than trusting the event's kind, so a workflow
 * transition reported as a plain update (Start progress) is understood as well as a resolution. A moved ticket
 * changes the action's key and, when the directory knows the new project, its team; a deleted ticket leaves the
 * action on record, flagged, with a history line.
 *
 * <p>No lock is held while the ticket system is asked: the ticket's state is read first, then the action is
 * written under its row lock (database work only; the repository takes the packed days' locks inside). Two events
 * about one ticket may read its states in one order and write them in the other; so after writing, the event reads
 * the ticket once more and, if it changed meanwhile, applies the newer state (at most {@value #SETTLE_ATTEMPTS}
 * reads), and the action ends with what the ticket says.
 */
public final class ActionSync implements TicketEventHandler {
    /** Resolutions that mean the team decided not to do it, compared without case or apostrophes. */
    static final Set<String> DECLINING_RESOLUTIONS = Set.of("wont do", "wont fix", "declined", "rejected");
    /** Times one event reads the ticket at most, should slower events keep writing older states after it. */
    static final int SETTLE_ATTEMPTS = 3;
    static final int ROW_LOCK_STRIPES = 64;

    private final ActionRepository actions;
    private final ProblemTickets tickets;
    private final ConfigurationStore configurationStore;
    private final ClusterLocks locks;
    private final Clock clock;

    public ActionSync(ActionRepository actions, ProblemTickets tickets, ConfigurationStore configurationStore,
                      ClusterLocks locks, Clock clock) {
        this.actions = actions;
        this.tickets = tickets;
        this.configurationStore = configurationStore;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void handle(TicketEvent event) {
        if (event.kind() == TicketEvent.Kind.CREATED) {
            return;
        }
        Optional<Action> found = event.kind() == TicketEvent.Kind.MOVED && event.previousKey() != null
                ? actions.byProblemKey(event.previousKey()).or(() -> actions.byProblemKey(event.issueKey()))
                : actions.byProblemKey(event.issueKey());
        if (found.isEmpty()) {
            return;
        }
        long id = found.get().id();
        if (event.kind() == TicketEvent.Kind.DELETED) {
            locks.withLock(rowLock(id), () -> {
                deleted(actions.byId(id).orElseThrow(), event, clock.instant());
                return null;
            });
            return;
        }
        String key = event.kind() == TicketEvent.Kind.MOVED ? event.issueKey() : found.get().problemKey();
        for (int attempt = 1; attempt <= SETTLE_ATTEMPTS; attempt++) {
            String asked = key;
            // The ticket system first, holding no lock: its answer can take as long as Jira takes, and no other
            // writer of this action (or of the dashboards' packed days) should wait for it.
            Optional<TicketState> state = tickets.status(asked);
            String stored = locks.withLock(rowLock(id), () -> apply(id, event, asked, state, clock.instant()));
            if (!stored.equals(asked)) {
                // Another event moved the ticket while this one read it: read it again under its new key.
                key = stored;
            } else if (attempt == SETTLE_ATTEMPTS || tickets.status(asked).equals(state)) {
                // Settled: the ticket still says what was written. Had it changed, an event that read the new
                // state may have written before this one wrote the older one, so read and apply it again.
                return;
            }
        }
    }

    /**
     * The lock of an action's row: a bounded set of names (Jira keeps a database row for every cluster lock name it
     * ever saw, so not one per action); actions sharing one only wait for each other's short database writes.
     */
    static String rowLock(long actionId) {
        return "action.row." + Math.floorMod(actionId, ROW_LOCK_STRIPES);
    }

    /**
     * Applies a ticket state read beforehand to the action as stored now; answers the ticket key the action has
     * after it (another than {@code key} when the ticket moved meanwhile, and then nothing was applied).
     */
    private String apply(long id, TicketEvent event, String key, Optional<TicketState> state, Instant now) {
        Action current = actions.byId(id).orElseThrow();
        if (event.kind() == TicketEvent.Kind.MOVED) {
            current = moved(current, event, state, now);
        } else if (!current.problemKey().equals(key)) {
            return current.problemKey();
        }
        refresh(current, event, state, now);
        return key;
    }

    /** The action's status for a ticket state: resolved is DONE unless the resolution declines it. */
    static ActionStatus statusOf(TicketState state) {
        return switch (state.phase()) {
            case TO_DO -> ActionStatus.OPEN;
            case IN_PROGRESS -> ActionStatus.IN_PROGRESS;
            case DONE -> isDeclining(state.resolution()) ? ActionStatus.DECLINED : ActionStatus.DONE;
        };
    }

    static boolean isDeclining(String resolution) {
        if (resolution == null) {
            return false;
        }
        String plain = resolution.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("\\s+", " ").trim();
        return DECLINING_RESOLUTIONS.contains(plain);
    }

    private void refresh(Action current, TicketEvent event, Optional<TicketState> state, Instant now) {
        if (state.isEmpty()) {
            // The event arrived after the ticket vanished; treat it as the deletion it is.
            deleted(current, event, now);
            return;
        }
        ActionStatus status = statusOf(state.get());
        Action updated = current.withTicketState(status, state.get().resolution(), state.get().assignee(), now);
        if (status != current.status()) {
            actions.record(new ActionChange(current.id(), now, event.actor(), ActionChange.What.STATUS,
                    current.status() + " -> " + status + (updated.resolution() == null ? "" : " (" + updated.resolution() + ")")));
        }
        if (!Objects.equals(current.assignee(), updated.assignee())) {
            actions.record(new ActionChange(current.id(), now, event.actor(), ActionChange.What.ASSIGNEE,
                    (current.assignee() == null ? "unassigned" : current.assignee()) + " -> "
                            + (updated.assignee() == null ? "unassigned" : updated.assignee())));
        }
        if (!updated.equals(current)) {
            actions.update(updated);
        }
    }

    private Action moved(Action current, TicketEvent event, Optional<TicketState> state, Instant now) {
        if (event.issueKey().equals(current.problemKey())) {
            return current;
        }
        String project = state.map(TicketState::projectKey).orElse(projectOf(event.issueKey()));
        Directory directory = configurationStore.load().directory();
        Optional<Team> team = directory.teamByProject(project);
        Action updated = current.movedTo(event.issueKey(), project,
                team.map(Team::slug).orElse(current.team()), team.map(Team::platform).orElse(current.platform()));
        actions.update(updated);
        actions.record(new ActionChange(current.id(), now, event.actor(), ActionChange.What.MOVED,
                current.problemKey() + " -> " + event.issueKey()
                        + (team.isPresent() ? "; team " + current.team() + " -> " + updated.team()
                        : "; project " + project + " has no team in the directory, team stays " + current.team())));
        return updated;
    }

    private void deleted(Action current, TicketEvent event, Instant now) {
        if (current.ticketDeleted()) {
            return;
        }
        actions.update(current.withTicketDeleted());
        actions.record(new ActionChange(current.id(), now, event.actor(), ActionChange.What.TICKET_DELETED,
                current.problemKey() + " was deleted in the ticket system; the action is kept as " + current.status() + "."));
    }

    private static String projectOf(String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        return dash > 0 ? issueKey.substring(0, dash) : issueKey;
    }
}
