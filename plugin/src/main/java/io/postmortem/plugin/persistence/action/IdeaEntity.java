package io.postmortem.plugin.persistence.action;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_441554_IDEA}: a candidate action of a postmortem, not yet committed. "Same as" points at an
 * earlier idea or action ({@code SAME_AS_KIND} IDEA or ACTION), which is how recurrence is counted.
 */
@Table("IDEA")
public interface IdeaEntity extends Entity {

    @NotNull @Indexed @StringLength(255)
    String getPostmortemKey();
    void setPostmortemKey(String key);

    @NotNull @StringLength(StringLength.UNLIMITED)
    String getSummary();
    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();
    void setDescription(String description);

    @NotNull @StringLength(255)
    String getCreatedBy();
    void setCreatedBy(String username);

    @NotNull @Indexed
    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    Long getPromotedTo();
    void setPromotedTo(Long actionId);

    @Indexed @StringLength(8)
    String getSameAsKind();
    void setSameAsKind(String kind);

    @Indexed
    Long getSameAsId();
    void setSameAsId(Long id);
}
