package io.postmortem.plugin.persistence.learning;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_441554_LEARN_WINNER}: the confirmed postmortem of a month, one row per month. */
@Table("LEARN_WINNER")
public interface WinnerEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(7)
    String getMonthKey();

    void setMonthKey(String yearMonth);

    @NotNull
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @StringLength(255)
    String getConfirmedBy();

    void setConfirmedBy(String username);

    @NotNull
    long getConfirmedAt();

    void setConfirmedAt(long epochMillis);
}
