package io.postmortem.plugin.persistence.postmortem;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_PM_INCIDENT}: a further incident with the same cause, linked to an existing postmortem (the
 * incident a postmortem was created for stays in {@link PostmortemEntity}). The unique incident key keeps an incident
 * linked to at most one postmortem across cluster nodes; the repository also refuses an incident that has a
 * postmortem of its own. A new table: Jira creates it on the plugin's start, no upgrade task is needed.
 */
@Table("PM_INCIDENT")
public interface PostmortemIncidentEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @Unique
    @StringLength(255)
    String getIncidentKey();

    void setIncidentKey(String key);

    @StringLength(255)
    String getLinkedBy();

    void setLinkedBy(String username);

    @NotNull
    long getLinkedAt();

    void setLinkedAt(long epochMillis);
}
