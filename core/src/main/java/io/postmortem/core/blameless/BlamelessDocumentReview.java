package io.postmortem.core.blameless;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blameless review of a whole postmortem for the people writing it: what is flagged now, and acknowledging a
 * passage with a reason (kept, with who and when) so it no longer blocks publishing.
 */
public final class BlamelessDocumentReview {
    private static final int MAX_REASON = 1_000;

    private final BlamelessPublishCheck check;
    private final AcknowledgementRepository acknowledgements;
    private final PostmortemService postmortems;
    private final ConfigurationStore configurationStore;
    private final Clock clock;

    public BlamelessDocumentReview(BlamelessPublishCheck check, AcknowledgementRepository acknowledgements,
                                   PostmortemService postmortems, ConfigurationStore configurationStore, Clock clock) {
        this.check = check;
        this.acknowledgements = acknowledgements;
        this.postmortems = postmortems;
        this.configurationStore = configurationStore;
        this.clock = clock;
    }

    /** What the review finds in the postmortem now, and what was acknowledged. */
    public record Result(List<UnresolvedFinding> unresolved, List<Acknowledgement> acknowledgements) {
    }

    public Result review(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        return new Result(check.unresolved(postmortem), acknowledgements.of(postmortem.key()));
    }

    public Result acknowledge(String postmortemKey, String rule, String quotedText, String reason, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        PostmortemAccess access = new PostmortemAccess(configurationStore.load().directory());
        if (!access.canEdit(actor, postmortem, postmortems.impactedTeams(postmortem))) {
            throw new ForbiddenException("Only people who can edit this postmortem can acknowledge its findings.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (rule == null || rule.isBlank()) {
            errors.put("rule", "Required.");
        }
        if (quotedText == null || quotedText.isBlank()) {
            errors.put("quotedText", "Required.");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Say why this passage should stay as it is.");
        } else if (reason.length() > MAX_REASON) {
            errors.put("reason", "At most " + MAX_REASON + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean flaggedNow = check.unresolved(postmortem).stream()
                .anyMatch(u -> u.finding().rule().equals(rule) && Acknowledgement.normalise(u.quotedText())
                        .equals(Acknowledgement.normalise(quotedText)));
        if (!flaggedNow) {
            throw new ValidationException("quotedText", "Nothing unresolved in this postmortem is flagged by " + rule
                    + " with that text.");
        }
        acknowledgements.add(postmortem.key(), new Acknowledgement(rule, quotedText.strip(), reason.strip(),
                actor.username(), clock.instant()));
        return review(postmortemKey, actor);
    }
}
