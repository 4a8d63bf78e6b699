package io.postmortem.plugin.persistence.timeline;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_441554_TL_REVISION}: every recorded change of a timeline entry with the content right after it;
 * written in the same transaction as the entry, never updated or deleted.
 */
@Preload
@Table("TL_REVISION")
public interface TimelineRevisionEntity extends Entity {

    @NotNull
    @Indexed
    int getEntryId();

    void setEntryId(int entryId);

    @NotNull
    @StringLength(16)
    String getChangeKind();

    void setChangeKind(String change);

    @NotNull
    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String username);

    @NotNull
    long getChangedAt();

    void setChangedAt(long epochMillis);

    @NotNull
    long getOccurredAt();

    void setOccurredAt(long epochMillis);

    @NotNull
    @StringLength(255)
    String getTeam();

    void setTeam(String slug);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getEntryText();

    void setEntryText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getEvidence();

    void setEvidence(String link);
}
