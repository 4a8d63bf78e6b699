package io.postmortem.plugin.persistence.timeline;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_TL_ENTRY}: one row per timeline entry, deleted ones kept (soft delete). Preloaded: the one
 * query that reads a timeline brings every column, so reading the rows issues no further statements. Times are
 * epoch milliseconds; the row id is the entry id, increasing in creation order.
 */
@Preload
@Table("TL_ENTRY")
public interface TimelineEntryEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getIncidentKey();

    void setIncidentKey(String key);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long epochMillis);

    @NotNull
    @StringLength(255)
    String getTeam();

    void setTeam(String slug);

    @NotNull
    @StringLength(255)
    String getAuthor();

    void setAuthor(String username);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** Up to 2,000 characters: beyond AO's 450 for a plain string column, so a text column. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getEntryText();

    void setEntryText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getEvidence();

    void setEvidence(String link);

    @NotNull
    @StringLength(32)
    String getSource();

    void setSource(String source);

    /** The incident event it was imported from; null for entries people wrote. */
    @StringLength(255)
    String getImportId();

    void setImportId(String eventId);

    /**
     * The backstop against importing one event twice: {@code <incidentKey>|<importId>} for imported entries. AO has
     * no composite unique index, so the pair lives in one column. Person-written entries hold a value unique by
     * construction ({@code <incidentKey>|person:<uuid>}) rather than NULL: H2 and PostgreSQL accept many NULLs under
     * a unique constraint, but SQL Server, which Jira also runs on, accepts only one.
     */
    @NotNull
    @Unique
    @StringLength(450)
    String getUniqueKey();

    void setUniqueKey(String key);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long epochMillis);

    @NotNull
    @Default("false")
    boolean isDeleted();

    void setDeleted(boolean deleted);
}
