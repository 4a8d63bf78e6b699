package io.postmortem.plugin.persistence.config;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_441554_CONFIG}: the whole configuration as one JSON document. A single row, keyed by
 * {@link #GLOBAL}, so the database itself refuses a second one when two nodes save the first configuration at once.
 * Not preloaded: each node reads {@code VERSION} alone on every load and the JSON only when it changed
 * ({@code AoConfigurationStore}).
 */
@Table("CONFIG")
public interface ConfigurationEntity extends RawEntity<String> {

    String GLOBAL = "global";

    @NotNull
    @PrimaryKey("SCOPE")
    @StringLength(32)
    String getScope();

    void setScope(String scope);

    /** {@code Configuration} as JSON, written by {@code ConfigurationJson}. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getJson();

    void setJson(String json);

    /** 1 for the first saved configuration, one more on every save. */
    int getVersion();

    void setVersion(int version);
}
