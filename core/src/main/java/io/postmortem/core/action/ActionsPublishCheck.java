package io.postmortem.core.action;

import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PublishCheck;

import java.util.List;

/**
 * A postmortem commits to at least one action, or says why none is needed. Ideas do not count: they are not
 * commitments. An action whose ticket was deleted still counts; it stays on record.
 */
public final class ActionsPublishCheck implements PublishCheck {
    private final ActionRepository actions;

    public ActionsPublishCheck(ActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public List<String> missing(Postmortem postmortem) {
        boolean hasReason = postmortem.noActionsReason() != null && !postmortem.noActionsReason().isBlank();
        if (hasReason || !actions.byPostmortem(postmortem.key()).isEmpty()) {
            return List.of();
        }
        return List.of("actions: raise at least one action, or write why none is needed (noActionsReason).");
    }
}
