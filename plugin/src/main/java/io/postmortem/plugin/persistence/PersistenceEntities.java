package io.postmortem.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.postmortem.plugin.persistence.action.ActionChangeEntity;
import io.postmortem.plugin.persistence.action.ActionEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackEntity;
import io.postmortem.plugin.persistence.actionpack.ActionPackStateEntity;
import io.postmortem.plugin.persistence.action.IdeaEntity;
import io.postmortem.plugin.persistence.config.ConfigurationAuditEntity;
import io.postmortem.plugin.persistence.config.ConfigurationEntity;
import io.postmortem.plugin.persistence.blameless.AcknowledgementEntity;
import io.postmortem.plugin.persistence.mail.NotificationEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemIncidentEntity;
import io.postmortem.plugin.persistence.postmortem.PostmortemRevisionEntity;
import io.postmortem.plugin.persistence.postmortem.MeetingGuestEntity;
import io.postmortem.plugin.persistence.quality.QualityScoreEntity;
import io.postmortem.plugin.persistence.reads.ReadReceiptEntity;
import io.postmortem.plugin.persistence.timeline.ImpactedTeamEntity;
import io.postmortem.plugin.persistence.timeline.TimelineEntryEntity;
import io.postmortem.plugin.persistence.timeline.TimelineRevisionEntity;
import io.postmortem.plugin.persistence.learning.LearningEntryEntity;
import io.postmortem.plugin.persistence.learning.LearningMarksEntity;
import io.postmortem.plugin.persistence.learning.NominationEntity;
import io.postmortem.plugin.persistence.learning.VoteEntity;
import io.postmortem.plugin.persistence.learning.WinnerEntity;
import io.postmortem.plugin.persistence.upgrade.v2.Upgrade2ClosedOnTimeTask;
import io.postmortem.plugin.persistence.upgrade.v3.Upgrade3PackStateTask;
import net.java.ao.RawEntity;

import java.util.List;

/**
 * Every entity of the current schema, in one place: the same list as the {@code <entity>} elements of the
 * {@code <ao>} module in atlassian-plugin.xml (Jira migrates those), for the sandbox and tests to migrate.
 */
public final class PersistenceEntities {

    private PersistenceEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(ConfigurationEntity.class, ConfigurationAuditEntity.class,
                PostmortemEntity.class, PostmortemRevisionEntity.class, PostmortemIncidentEntity.class,
                NotificationEntity.class,
                AcknowledgementEntity.class,
                TimelineEntryEntity.class, TimelineRevisionEntity.class, ImpactedTeamEntity.class,
                LearningEntryEntity.class, LearningMarksEntity.class, NominationEntity.class, VoteEntity.class,
                WinnerEntity.class,
                ActionEntity.class, ActionChangeEntity.class, IdeaEntity.class, ActionPackEntity.class,
                ActionPackStateEntity.class,
                QualityScoreEntity.class, ReadReceiptEntity.class, MeetingGuestEntity.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return all().toArray(new Class[0]);
    }

    /**
     * The {@code <upgradeTask>}s of the {@code <ao>} module, in version order: Jira runs those newer than the stored
     * model version before it migrates the entities; the sandbox runs them all on every start (each leaves data it
     * already upgraded as it is).
     */
    public static List<ActiveObjectsUpgradeTask> upgradeTasks() {
        return List.of(new Upgrade2ClosedOnTimeTask(), new Upgrade3PackStateTask());
    }
}
