package io.postmortem.plugin.persistence.quality;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_PM_QUALITY}: the latest review-checklist score of each postmortem, one row per postmortem
 * (unique key), read whole by the dashboards.
 */
@Table("PM_QUALITY")
public interface QualityScoreEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    int getScore();

    void setScore(int score);

    @NotNull
    boolean isMeetsBar();

    void setMeetsBar(boolean meetsBar);

    @NotNull
    long getRecordedAt();

    void setRecordedAt(long epochMillis);
}
