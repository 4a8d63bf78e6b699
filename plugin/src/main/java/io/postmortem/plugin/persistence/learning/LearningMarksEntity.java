package io.postmortem.plugin.persistence.learning;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_441554_LEARN_MARKS}: a postmortem's "share widely" flag and tags ({@code |a|b|}). */
@Table("LEARN_MARKS")
public interface LearningMarksEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    boolean isShareWidely();

    void setShareWidely(boolean shareWidely);

    @StringLength(StringLength.UNLIMITED)
    String getTags();

    void setTags(String tags);
}
