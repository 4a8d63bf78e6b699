package io.postmortem.core.action;

import io.postmortem.core.access.Actor;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the action and idea use cases check alike: who may change a postmortem's actions, and text limits. */
final class ActionRules {
    static final int SUMMARY_MAX = 255;
    static final int DESCRIPTION_MAX = 30_000;

    private ActionRules() {
    }

    /**
     * The postmortem, if {@code actor} may still change its actions and ideas: not published, and one of the people
     * who can edit it by {@code directory} (the request's one configuration snapshot).
     */
    static Postmortem editable(PostmortemService postmortems, String postmortemKey, Actor actor, Directory directory) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        if (postmortem.isPublished()) {
            throw new ForbiddenException("This postmortem is published; its actions and ideas are settled.");
        }
        if (!new PostmortemAccess(directory).canEdit(actor, postmortem, postmortems.impactedTeams(postmortem))) {
            throw new ForbiddenException("Only people who can edit this postmortem can raise its actions and ideas.");
        }
        return postmortem;
    }

    static Idea ideaOf(IdeaRepository ideas, Postmortem postmortem, long ideaId) {
        return ideas.idea(ideaId).filter(i -> i.postmortemKey().equals(postmortem.key()))
                .orElseThrow(() -> new NotFoundException("No idea " + ideaId + " in " + postmortem.key() + "."));
    }

    static ActionItem item(Recurrence recurrence, Action action, LocalDate today) {
        return new ActionItem(action, action.isOverdue(today), recurrence.count(action.ref()));
    }

    /** The items of a list, with the recurrence of all of them at once: asked per action, a list cost statements per action. */
    static List<ActionItem> items(Recurrence recurrence, List<Action> listed, LocalDate today) {
        Map<Long, Integer> recurrences = recurrence.counts(listed);
        return listed.stream()
                .map(a -> new ActionItem(a, a.isOverdue(today), recurrences.get(a.id())))
                .toList();
    }

    static void checkText(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "Required.");
            }
        } else if (value.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    static void throwIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
