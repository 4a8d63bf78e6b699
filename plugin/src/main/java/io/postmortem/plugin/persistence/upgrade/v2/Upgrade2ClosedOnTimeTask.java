package io.postmortem.plugin.persistence.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import net.java.ao.Query;

/**
 * Model version 2: actions get {@code CLOSED_ON_TIME}, written with the row ever since, so that the "closed on time"
 * list compares a column with a parameter instead of two columns (which needs the second column quoted by each
 * database's own rule; hand-quoted it read as a string on MySQL). Adding the column gives every existing row
 * {@code false}; this task then marks the closed actions of version 1 that were closed on or before their due day.
 * <p>
 * Rows are read by ID in pages of {@value #PAGE}, each page's changes committed in one transaction, so a large
 * table neither holds one long transaction nor is read at once. Running it again changes nothing: a row's value
 * follows from its own days.
 */
public final class Upgrade2ClosedOnTimeTask implements ActiveObjectsUpgradeTask {
    static final int PAGE = 1_000;

    @Override
    public ModelVersion getModelVersion() {
        return GuardedAo.modelVersion("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // The table as version 1 had it (created empty on a new installation), then version 2's column.
        GuardedAo.migrate(ao, io.postmortem.plugin.persistence.upgrade.v1.ActionEntity.class);
        GuardedAo.migrate(ao, ActionEntity.class);
        int last = 0;
        int read;
        do {
            ActionEntity[] page = ao.find(ActionEntity.class,
                    Query.select("ID, CLOSED_DAY, DUE_DAY, CLOSED_ON_TIME")
                            .where("ID > ? AND CLOSED_DAY IS NOT NULL", last).order("ID ASC").limit(PAGE));
            read = page.length;
            if (read > 0) {
                last = page[read - 1].getID();
                GuardedAo.inTransaction(ao, () -> {
                    for (ActionEntity row : page) {
                        boolean onTime = AoActionRepository.closedOnTime(row.getClosedDay(), row.getDueDay());
                        if (row.isClosedOnTime() != onTime) {
                            row.setClosedOnTime(onTime);
                            row.save();
                        }
                    }
                    return null;
                });
            }
        } while (read == PAGE);
    }
}
