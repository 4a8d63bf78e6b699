package io.postmortem.core.quality;

import io.postmortem.core.config.QualityCriterion;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PublishCheck;

import java.util.ArrayList;
import java.util.List;

/** Publishing waits for the checklist criteria the administrators chose to gate it (none by default). */
public final class QualityPublishCheck implements PublishCheck {
    private final QualityReview review;
    private final ConfigurationStore configurationStore;

    public QualityPublishCheck(QualityReview review, ConfigurationStore configurationStore) {
        this.review = review;
        this.configurationStore = configurationStore;
    }

    @Override
    public List<String> missing(Postmortem postmortem) {
        List<String> gating = configurationStore.load().quality().gatingCriteria();
        if (gating.isEmpty()) {
            return List.of();
        }
        Quality quality = review.assess(postmortem);
        List<String> missing = new ArrayList<>();
        for (String id : gating) {
            QualityCriterion.parse(id).flatMap(quality::criterion).filter(c -> !c.met())
                    .ifPresent(c -> missing.add("quality." + c.id() + ": " + c.detail()));
        }
        return missing;
    }
}
