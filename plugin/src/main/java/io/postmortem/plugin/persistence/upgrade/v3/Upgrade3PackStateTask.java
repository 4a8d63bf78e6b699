package io.postmortem.plugin.persistence.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.postmortem.plugin.persistence.GuardedAo;
import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import io.postmortem.plugin.persistence.actionpack.PackCodec;
import net.java.ao.DBParam;

/**
 * Model version 3: the packed action days' ready mark moves out of the pack table into a state row of its own
 * ({@code AO_441554_ACTION_PACK_STATE}). In version 2 it was a pack row of kind {@code R} whose {@code BUCKET} column
 * held the token format, a column that means a 32-day block on every other row. The task carries the mark over
 * (packs that were ready stay ready, so the first dashboard read after the upgrade does not rebuild them) and
 * deletes the {@code R} rows, in one transaction. Running it again changes nothing: no {@code R} row is left.
 */
public final class Upgrade3PackStateTask implements ActiveObjectsUpgradeTask {
    /** The kind and token format of version 2's ready mark. */
    static final String READY_KIND = "R";
    static final long FORMAT_OF_VERSION_2 = 1;

    @Override
    public ModelVersion getModelVersion() {
        return GuardedAo.modelVersion("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // The pack table as version 2 had it (created empty on a new installation), then version 3's tables.
        GuardedAo.migrate(ao, io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class);
        GuardedAo.migrate(ao, ActionPackEntity.class, ActionPackStateEntity.class);
        Class<io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity> v2 =
                io.postmortem.plugin.persistence.upgrade.v2.ActionPackEntity.class;
        if (ao.count(v2, "KIND = ?", READY_KIND) == 0) {
            return;
        }
        boolean ready = FORMAT_OF_VERSION_2 == PackCodec.FORMAT
                && ao.count(v2, "KIND = ? AND BUCKET = ?", READY_KIND, FORMAT_OF_VERSION_2) > 0;
        GuardedAo.inTransaction(ao, () -> {
            ao.deleteWithSQL(ActionPackStateEntity.class, "ID > ?", 0);
            if (ready) {
                ao.create(ActionPackStateEntity.class, new DBParam("TOKEN_FORMAT", PackCodec.FORMAT),
                        new DBParam("BUILT_AT", System.currentTimeMillis()));
            }
            ao.deleteWithSQL(v2, "KIND = ?", READY_KIND);
            return null;
        });
    }
}
