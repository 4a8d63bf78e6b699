package io.postmortem.plugin.persistence.learning;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_LEARN_NOMINATION}: a nomination for postmortem of the month. The unique
 * {@code <month>|<postmortem key>} keeps a postmortem to one nomination per month, even when two people nominate it
 * at once.
 */
@Table("LEARN_NOMINATION")
public interface NominationEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getNominationKey();

    void setNominationKey(String key);

    @NotNull
    @Indexed
    @StringLength(7)
    String getMonthKey();

    void setMonthKey(String yearMonth);

    @NotNull
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @StringLength(255)
    String getNominator();

    void setNominator(String username);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    long getNominatedAt();

    void setNominatedAt(long epochMillis);
}
