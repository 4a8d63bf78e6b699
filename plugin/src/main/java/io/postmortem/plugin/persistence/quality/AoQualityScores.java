package io.postmortem.plugin.persistence.quality;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.core.quality.QualityScores;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checklist scores in Jira's database. Two nodes recording the first score of a postmortem at once race on the
 * unique key: the loser finds the winner's row and overwrites it, so one row stays with a current score.
 */
public class AoQualityScores implements QualityScores {
    private final ActiveObjects ao;

    public AoQualityScores(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(String postmortemKey, int score, boolean meetsBar, Instant at) {
        try {
            GuardedAo.inTransaction(ao, () -> {
                write(postmortemKey, score, meetsBar, at);
                return null;
            });
        } catch (RuntimeException insertRaced) {
            GuardedAo.inTransaction(ao, () -> {
                write(postmortemKey, score, meetsBar, at);
                return null;
            });
        }
    }

    private void write(String postmortemKey, int score, boolean meetsBar, Instant at) {
        QualityScoreEntity[] rows = ao.find(QualityScoreEntity.class, Query.select().where("POSTMORTEM_KEY = ?", postmortemKey));
        if (rows.length == 0) {
            ao.create(QualityScoreEntity.class, new DBParam("POSTMORTEM_KEY", postmortemKey),
                    new DBParam("SCORE", score), new DBParam("MEETS_BAR", meetsBar),
                    new DBParam("RECORDED_AT", at.toEpochMilli()));
            return;
        }
        QualityScoreEntity row = rows[0];
        row.setScore(score);
        row.setMeetsBar(meetsBar);
        row.setRecordedAt(at.toEpochMilli());
        row.save();
    }

    @Override
    public Optional<Recorded> of(String postmortemKey) {
        QualityScoreEntity[] rows = ao.find(QualityScoreEntity.class, Query.select().where("POSTMORTEM_KEY = ?", postmortemKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(recorded(rows[0]));
    }

    @Override
    public Map<String, Recorded> all() {
        Map<String, Recorded> all = new HashMap<>();
        GuardedAo.stream(ao, QualityScoreEntity.class, Query.select("ID, POSTMORTEM_KEY, SCORE, MEETS_BAR, RECORDED_AT"),
                row -> all.put(row.getPostmortemKey(), recorded(row)));
        return all;
    }

    private static Recorded recorded(QualityScoreEntity row) {
        return new Recorded(row.getPostmortemKey(), row.getScore(), row.isMeetsBar(), Instant.ofEpochMilli(row.getRecordedAt()));
    }
}
