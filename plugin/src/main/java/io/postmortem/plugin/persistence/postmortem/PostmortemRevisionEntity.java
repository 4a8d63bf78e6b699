package io.postmortem.plugin.persistence.postmortem;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_441554_PM_REVISION}: every kept edit of a postmortem, never updated or deleted. */
@Table("PM_REVISION")
public interface PostmortemRevisionEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @StringLength(64)
    String getPart();

    void setPart(String part);

    @StringLength(StringLength.UNLIMITED)
    String getRevisionText();

    void setRevisionText(String text);

    @NotNull
    @StringLength(255)
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    long getRevisedAt();

    void setRevisedAt(long epochMillis);
}
