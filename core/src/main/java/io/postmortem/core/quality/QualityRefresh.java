package io.postmortem.core.quality;

import io.postmortem.core.mail.DailyJob;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;

import java.util.Map;

/**
 * Once a day, scores again every postmortem still being written (its actions and timeline change without the
 * document being opened) and every postmortem without a recorded score (written before scores were kept). Sends
 * no mail; running twice, or on two nodes, records the same scores.
 */
public final class QualityRefresh implements DailyJob {
    private final PostmortemRepository postmortems;
    private final QualityReview review;
    private final QualityScores scores;

    public QualityRefresh(PostmortemRepository postmortems, QualityReview review, QualityScores scores) {
        this.postmortems = postmortems;
        this.review = review;
        this.scores = scores;
    }

    @Override
    public String name() {
        return "quality-refresh";
    }

    @Override
    public int run() {
        Map<String, QualityScores.Recorded> recorded = scores.all();
        for (Postmortem postmortem : postmortems.all()) {
            if (!postmortem.isPublished() || !recorded.containsKey(postmortem.key())) {
                review.assess(postmortem);
            }
        }
        return 0;
    }
}
