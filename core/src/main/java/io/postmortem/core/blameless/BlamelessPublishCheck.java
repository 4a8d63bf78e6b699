package io.postmortem.core.blameless;

import io.postmortem.core.people.DirectoryNames;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PublishCheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing waits until every blameless finding in the postmortem is fixed or acknowledged with a reason. The panels
 * count the findings on every view, so the people's names come from the node's {@link DirectoryNames}, not from a
 * directory load per call.
 */
public final class BlamelessPublishCheck implements PublishCheck {
    private final BlamelessReviewers reviewers;
    private final List<ReviewedTexts> sources;
    private final AcknowledgementRepository acknowledgements;
    private final DirectoryNames names;

    public BlamelessPublishCheck(BlamelessReviewers reviewers, List<ReviewedTexts> sources,
                                 AcknowledgementRepository acknowledgements, DirectoryNames names) {
        this.reviewers = reviewers;
        this.sources = List.copyOf(sources);
        this.acknowledgements = acknowledgements;
        this.names = names;
    }

    @Override
    public List<String> missing(Postmortem postmortem) {
        return unresolved(postmortem).stream()
                .map(u -> "blameless: \"" + u.quotedText() + "\" in " + u.field() + " (" + u.finding().rule()
                        + "): fix it or acknowledge it with a reason.")
                .toList();
    }

    /** The findings that still block publishing, across every reviewed text of the postmortem. */
    public List<UnresolvedFinding> unresolved(Postmortem postmortem) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ReviewedTexts source : sources) {
            texts.putAll(source.texts(postmortem));
        }
        PublishGate gate = new PublishGate(reviewers.english());
        return gate.unresolved(texts, acknowledgements.of(postmortem.key()), names.names());
    }

}
