package io.postmortem.plugin.persistence.postmortem;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_POSTMORTEM}: one row per postmortem. The unique incident key is what makes "exactly one
 * postmortem per incident" hold across cluster nodes. Times are epoch milliseconds; the due date is an ISO date
 * string so it sorts and compares the same on every database.
 */
@Preload
@Table("POSTMORTEM")
public interface PostmortemEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @Unique
    @StringLength(255)
    String getIncidentKey();

    void setIncidentKey(String key);

    @NotNull
    @StringLength(2)
    String getSeverity();

    void setSeverity(String severity);

    /** The owning team's slug when the postmortem was created; dashboards count by it. */
    @Indexed
    @StringLength(255)
    String getOwningTeam();

    void setOwningTeam(String team);

    @Indexed
    @StringLength(255)
    String getPlatform();

    void setPlatform(String platform);

    @NotNull
    @Indexed
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @NotNull
    @Indexed
    @StringLength(10)
    String getDueDate();

    void setDueDate(String isoDate);

    @NotNull
    @StringLength(8)
    String getFacilitatorType();

    void setFacilitatorType(String type);

    @NotNull
    @StringLength(255)
    String getFacilitatorName();

    void setFacilitatorName(String name);

    /** Section name to text, as a JSON object. */
    @StringLength(StringLength.UNLIMITED)
    String getSectionsJson();

    void setSectionsJson(String json);

    /** Root causes as a JSON list of {description, category}. */
    @StringLength(StringLength.UNLIMITED)
    String getRootCausesJson();

    void setRootCausesJson(String json);

    @StringLength(StringLength.UNLIMITED)
    String getNoActionsReason();

    void setNoActionsReason(String reason);

    Long getMeetingStart();

    void setMeetingStart(Long epochMillis);

    Integer getMeetingMinutes();

    void setMeetingMinutes(Integer minutes);

    @StringLength(StringLength.UNLIMITED)
    String getMeetingLocation();

    void setMeetingLocation(String location);

    Integer getMeetingSequence();

    void setMeetingSequence(Integer sequence);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    Long getHeldAt();

    void setHeldAt(Long epochMillis);

    Long getPublishedAt();

    void setPublishedAt(Long epochMillis);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
