package io.postmortem.plugin.persistence.timeline;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_TL_TEAM}: a team the facilitator added to an incident. The unique
 * {@code <incidentKey>|<team>} key keeps one row when two people add the same team at once.
 */
@Preload
@Table("TL_TEAM")
public interface ImpactedTeamEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getIncidentKey();

    void setIncidentKey(String key);

    @NotNull
    @StringLength(255)
    String getTeam();

    void setTeam(String slug);

    @NotNull
    @Unique
    @StringLength(450)
    String getUniqueKey();

    void setUniqueKey(String key);

    @NotNull
    @StringLength(255)
    String getAddedBy();

    void setAddedBy(String username);

    @NotNull
    long getAddedAt();

    void setAddedAt(long epochMillis);
}
