package io.postmortem.plugin.persistence.config;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_441554_CONFIG_AUDIT}: one row per configuration change, who made it and when. */
@Preload
@Table("CONFIG_AUDIT")
public interface ConfigurationAuditEntity extends Entity {

    /** The user key (or name) of whoever saved the change. */
    @NotNull
    @StringLength(255)
    String getActor();

    void setActor(String actor);

    /** Epoch milliseconds: the same number on every database, free of time-zone conversions. */
    @NotNull
    @Indexed
    long getChangedAt();

    void setChangedAt(long changedAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getChangeText();

    void setChangeText(String changeText);

    /** The configuration version this change produced. */
    int getConfigVersion();

    void setConfigVersion(int configVersion);
}
