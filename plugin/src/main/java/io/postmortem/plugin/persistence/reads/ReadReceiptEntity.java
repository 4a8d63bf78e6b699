package io.postmortem.plugin.persistence.reads;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_PM_READ}: one row per person who marked a postmortem read. The unique receipt key
 * ({@code <postmortem key>|<user name>}) keeps one row however often, and on however many nodes, they click.
 */
@Table("PM_READ")
public interface ReadReceiptEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getReceiptKey();

    void setReceiptKey(String key);

    @NotNull
    @Indexed
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @StringLength(255)
    String getUsername();

    void setUsername(String username);

    @NotNull
    long getReadAt();

    void setReadAt(long epochMillis);
}
