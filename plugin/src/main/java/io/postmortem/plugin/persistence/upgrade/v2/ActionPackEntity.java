package io.postmortem.plugin.persistence.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen: {@code AO_441554_ACTION_PACK} as model version 2 left it, where a row of kind {@code R} was the ready mark
 * and its {@code BUCKET} the token format. Never change it; {@code Upgrade3PackStateTask} reads it.
 */
@Preload
@Table("ACTION_PACK")
public interface ActionPackEntity extends Entity {

    @StringLength(255)
    String getPlatform();
    void setPlatform(String platform);

    @Indexed @StringLength(255)
    String getTeam();
    void setTeam(String team);

    @StringLength(255)
    String getProjectKey();
    void setProjectKey(String key);

    /** {@code O} open actions by created day, {@code C} closed actions by closed day, {@code R} the ready mark. */
    @NotNull @StringLength(8)
    String getKind();
    void setKind(String kind);

    /** The 32-day block of the day the row is sorted by (created for O, closed for C); the format for R. */
    @NotNull
    long getBucket();
    void setBucket(long bucket);

    /** The last 32-day block in which the row's actions count as active: the bucket for C, never-ending otherwise. */
    @NotNull @Indexed
    long getReach();
    void setReach(long block);

    /** The packed actions, {@code ;}-terminated tokens of base-36 day offsets. */
    @NotNull @StringLength(StringLength.MAX_LENGTH)
    String getItems();
    void setItems(String items);
}
