package io.postmortem.plugin.persistence.blameless;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_441554_BL_ACK}: a blameless finding kept on purpose, with the reason; never updated or deleted. */
@Table("BL_ACK")
public interface AcknowledgementEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @StringLength(64)
    String getRule();

    void setRule(String rule);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuotedText();

    void setQuotedText(String text);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    @StringLength(255)
    String getAcknowledgedBy();

    void setAcknowledgedBy(String username);

    @NotNull
    long getAcknowledgedAt();

    void setAcknowledgedAt(long epochMillis);
}
