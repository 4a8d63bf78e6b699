package io.postmortem.plugin.persistence.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Frozen: {@code AO_441554_ACTION} as model version 1 left it (before {@code CLOSED_ON_TIME}). Upgrade tasks and
 * their tests read and write version-1 rows through it; it never changes again.
 */
@Preload
@Table("ACTION")
public interface ActionEntity extends Entity {

    @NotNull @Unique @StringLength(255)
    String getRequestId();
    void setRequestId(String id);

    @NotNull @Indexed @StringLength(255)
    String getPostmortemKey();
    void setPostmortemKey(String key);

    @StringLength(255)
    String getIncidentKey();
    void setIncidentKey(String key);

    @Indexed @StringLength(255)
    String getProblemKey();
    void setProblemKey(String key);

    @Indexed @StringLength(255)
    String getProjectKey();
    void setProjectKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();
    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @StringLength(16)
    String getActionType();
    void setActionType(String type);

    @Indexed @StringLength(255)
    String getTeam();
    void setTeam(String team);

    @Indexed @StringLength(255)
    String getPlatform();
    void setPlatform(String platform);

    @StringLength(16)
    String getPriority();
    void setPriority(String priority);

    @StringLength(2)
    String getSeverity();
    void setSeverity(String severity);

    @NotNull @StringLength(10)
    String getDueDate();
    void setDueDate(String isoDate);

    @StringLength(10)
    String getPolicyDueDate();
    void setPolicyDueDate(String isoDate);

    @StringLength(StringLength.UNLIMITED)
    String getDueDateReason();
    void setDueDateReason(String reason);

    @NotNull @Indexed @StringLength(16)
    String getStatus();
    void setStatus(String status);

    @StringLength(255)
    String getResolution();
    void setResolution(String resolution);

    boolean isTicketDeleted();
    void setTicketDeleted(boolean deleted);

    @StringLength(255)
    String getAssignee();
    void setAssignee(String assignee);

    @Indexed
    Long getIdeaId();
    void setIdeaId(Long id);

    @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String user);

    @NotNull
    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    Long getClosedAt();
    void setClosedAt(Long epochMillis);

    /** Epoch day of creation in the organisation's zone. */
    @NotNull @Indexed
    long getCreatedDay();
    void setCreatedDay(long epochDay);

    /** Epoch day of closing in the organisation's zone; null while open. */
    @Indexed
    Long getClosedDay();
    void setClosedDay(Long epochDay);

    @NotNull @Indexed
    long getDueDay();
    void setDueDay(long epochDay);

    /** Closed day minus created day; null while open. Aggregate queries return their counts in this column too. */
    Long getDaysToClose();
    void setDaysToClose(Long days);
}
