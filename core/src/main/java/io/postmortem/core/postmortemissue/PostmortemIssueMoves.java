package io.postmortem.core.postmortemissue;

import io.postmortem.core.access.Actors;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEventHandler;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.HostRefusedException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Someone moved a Postmortem issue by hand in Jira (a board, the issue view, a bulk change): the document follows when
 * that person may make the move and it is allowed (the publish gate applies; Draft to done goes through review).
 * Otherwise the issue is moved back to the status standing for the document and a comment says why. A move the
 * product made itself finds the document already there and does nothing.
 */
public final class PostmortemIssueMoves implements TicketEventHandler {
    private final PostmortemRepository postmortems;
    private final PostmortemService service;
    private final PostmortemTickets tickets;
    private final PostmortemIssueFollower follower;
    private final Actors actors;

    public PostmortemIssueMoves(PostmortemRepository postmortems, PostmortemService service, PostmortemTickets tickets,
                                PostmortemIssueFollower follower, Actors actors) {
        this.postmortems = postmortems;
        this.service = service;
        this.tickets = tickets;
        this.follower = follower;
        this.actors = actors;
    }

    @Override
    public void handle(TicketEvent event) {
        if (event.kind() != TicketEvent.Kind.UPDATED && event.kind() != TicketEvent.Kind.RESOLVED
                && event.kind() != TicketEvent.Kind.REOPENED) {
            return;
        }
        Optional<Postmortem> found = postmortems.findByKey(event.issueKey());
        if (found.isEmpty()) {
            return;
        }
        Postmortem document = found.get();
        Optional<PostmortemStatus> shown = tickets.shownStatus(document.key());
        if (shown.isEmpty() || shown.get() == document.status()) {
            return;
        }
        PostmortemStatus wanted = shown.get();
        try {
            if (event.actor() == null) {
                throw new ForbiddenException("Only a person can move a postmortem; this move had nobody behind it.");
            }
            for (PostmortemStatus step : steps(document.status(), wanted)) {
                service.transition(document.key(), step, actors.of(event.actor()));
            }
        } catch (ConflictException | ForbiddenException | ValidationException | NotFoundException
                 | HostRefusedException refused) {
            moveBack(document.key(), wanted, event.actor(), refused);
        }
    }

    /** The document's own steps to the wanted state: Draft reaches Published through In review. */
    static List<PostmortemStatus> steps(PostmortemStatus from, PostmortemStatus to) {
        List<PostmortemStatus> steps = new ArrayList<>();
        if (from == PostmortemStatus.DRAFT && to == PostmortemStatus.PUBLISHED) {
            steps.add(PostmortemStatus.IN_REVIEW);
        }
        steps.add(to);
        return steps;
    }

    private void moveBack(String key, PostmortemStatus wanted, String actor, RuntimeException why) {
        Postmortem now = postmortems.findByKey(key).orElse(null);
        if (now == null) {
            return;
        }
        follower.follow(now);
        StringBuilder comment = new StringBuilder()
                .append(actor == null ? "This issue was moved" : "This issue was moved by " + actor)
                .append(" to the status for ").append(label(wanted)).append(", but the postmortem cannot follow: ")
                .append(why.getMessage());
        if (why instanceof ConflictException conflict && !conflict.reasons().isEmpty()) {
            conflict.reasons().forEach(reason -> comment.append("\n- ").append(reason));
        }
        comment.append("\nThe issue is back in the status for ").append(label(now.status()))
                .append(", where the postmortem is.");
        tickets.comment(key, comment.toString());
    }

    private static String label(PostmortemStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case PUBLISHED -> "Published";
        };
    }
}
