package io.postmortem.plugin.persistence.learning;

import io.postmortem.plugin.persistence.GuardedAo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.learning.LearningMarks;
import io.postmortem.core.learning.LearningMarksStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Postmortems' "share widely" flags and tags in Jira's database. */
public class AoLearningMarksStore implements LearningMarksStore {
    private final ActiveObjects ao;

    public AoLearningMarksStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public LearningMarks marks(String postmortemKey) {
        LearningMarksEntity[] rows = ao.find(LearningMarksEntity.class,
                Query.select().where("POSTMORTEM_KEY = ?", postmortemKey));
        return rows.length == 0 ? LearningMarks.none(postmortemKey)
                : new LearningMarks(postmortemKey, rows[0].isShareWidely(), Bars.split(rows[0].getTags()));
    }

    @Override
    public void save(LearningMarks marks) {
        GuardedAo.inTransaction(ao, () -> {
            LearningMarksEntity[] rows = ao.find(LearningMarksEntity.class,
                    Query.select().where("POSTMORTEM_KEY = ?", marks.postmortemKey()));
            LearningMarksEntity row = rows.length > 0 ? rows[0] : ao.create(LearningMarksEntity.class,
                    new DBParam("POSTMORTEM_KEY", marks.postmortemKey()),
                    new DBParam("SHARE_WIDELY", marks.shareWidely()));
            row.setShareWidely(marks.shareWidely());
            row.setTags(Bars.join(marks.tags()));
            row.save();
            return null;
        });
    }
}
