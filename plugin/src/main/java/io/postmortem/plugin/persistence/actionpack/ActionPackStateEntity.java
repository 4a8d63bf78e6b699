package io.postmortem.plugin.persistence.actionpack;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_441554_ACTION_PACK_STATE}: at most one row, present when the packs describe every action, naming
 * the token format they were written in. Model version 3; before it this was a pack row of kind {@code R} whose
 * {@code BUCKET} held the format (upgrade task {@code Upgrade3PackStateTask}).
 */
@Table("ACTION_PACK_STATE")
public interface ActionPackStateEntity extends Entity {

    /** The {@link PackCodec#FORMAT} the packs were built in. */
    @NotNull
    long getTokenFormat();
    void setTokenFormat(long format);

    /** When the packs were last built from the action table (epoch milliseconds), for support. */
    @NotNull
    long getBuiltAt();
    void setBuiltAt(long at);
}
