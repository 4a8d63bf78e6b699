package io.postmortem.core.blameless;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a postmortem's texts may be published: every finding must be resolved, either because the
 * text no longer contains it (the texts are reviewed again, as they are now) or because an acknowledgement with
 * a non-blank reason covers it. Acknowledging a passage covers each place where that passage is flagged by the
 * same rule.
 */
public final class PublishGate {
    private final BlamelessReviewer reviewer;

    public PublishGate(BlamelessReviewer reviewer) {
        this.reviewer = reviewer;
    }

    /**
     * @param texts           the document's texts by field name (e.g. "summary", "timeline"), in display order
     * @param acknowledgements acknowledgements recorded for this document
     * @param peopleNames     display names and user names of the user directory
     * @return the findings that still block publishing, in field order and then text order
     */
    public List<UnresolvedFinding> unresolved(Map<String, String> texts, Collection<Acknowledgement> acknowledgements,
                                              Set<String> peopleNames) {
        List<UnresolvedFinding> result = new ArrayList<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String text = entry.getValue() == null ? "" : entry.getValue();
            for (Finding finding : reviewer.review(text, peopleNames)) {
                String quote = finding.quote(text);
                boolean acknowledged = acknowledgements.stream()
                        .anyMatch(a -> a.hasReason() && a.covers(finding.rule(), quote));
                if (!acknowledged) {
                    result.add(new UnresolvedFinding(entry.getKey(), quote, finding));
                }
            }
        }
        return List.copyOf(result);
    }

    public boolean mayPublish(Map<String, String> texts, Collection<Acknowledgement> acknowledgements,
                              Set<String> peopleNames) {
        return unresolved(texts, acknowledgements, peopleNames).isEmpty();
    }
}
