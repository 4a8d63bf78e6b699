package io.postmortem.plugin.persistence.learning;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_LEARN_ENTRY}: the library's index, one row per published postmortem. List columns hold
 * {@code |a|b|} so a filter is one {@code LIKE '%|a|%'}; {@code SEARCH_TEXT} holds every searchable word, lower
 * case, each preceded by a space, so a word prefix is one {@code LIKE '% pre%'}. The whole entry is kept as JSON to
 * rebuild it without joins.
 */
@Preload
@Table("LEARN_ENTRY")
public interface LearningEntryEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getPostmortemKey();

    void setPostmortemKey(String key);

    @NotNull
    @Indexed
    @StringLength(255)
    String getIncidentKey();

    void setIncidentKey(String key);

    @NotNull
    @Indexed
    @StringLength(2)
    String getSeverity();

    void setSeverity(String severity);

    @StringLength(StringLength.UNLIMITED)
    String getPlatforms();

    void setPlatforms(String platforms);

    @StringLength(StringLength.UNLIMITED)
    String getTeams();

    void setTeams(String teams);

    @StringLength(StringLength.UNLIMITED)
    String getComponents();

    void setComponents(String components);

    @StringLength(StringLength.UNLIMITED)
    String getCategories();

    void setCategories(String categories);

    @StringLength(StringLength.UNLIMITED)
    String getTags();

    void setTags(String tags);

    @NotNull
    @Indexed
    long getPublishedAt();

    void setPublishedAt(long epochMillis);

    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getEntryJson();

    void setEntryJson(String json);
}
