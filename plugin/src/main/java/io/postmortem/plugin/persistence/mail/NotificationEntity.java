package io.postmortem.plugin.persistence.mail;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_NOTIFICATION}: one row per (event, recipient) mailed. The unique ledger key makes a second
 * run of a reminder job, on any node, find the row and send nothing.
 */
@Table("NOTIFICATION")
public interface NotificationEntity extends Entity {

    /** {@code <event key>|<recipient>}, hashed when longer than the column. */
    @NotNull
    @Unique
    @StringLength(255)
    String getLedgerKey();

    void setLedgerKey(String key);

    @NotNull
    @Indexed
    @StringLength(255)
    String getEventKey();

    void setEventKey(String eventKey);

    @NotNull
    @StringLength(255)
    String getRecipient();

    void setRecipient(String recipient);

    @NotNull
    long getSentAt();

    void setSentAt(long epochMillis);
}
