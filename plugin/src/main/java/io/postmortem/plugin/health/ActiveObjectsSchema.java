package io.postmortem.plugin.health;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import io.postmortem.core.health.HostHealth.DatabaseState;
import io.postmortem.plugin.persistence.PersistenceEntities;
import net.java.ao.RawEntity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's Active Objects schema as the database has it: the database type, the schema (model) version this
 * version of the app brings its tables to, and the tables that are missing. Shared by Jira and the sandbox, which
 * both run the real Active Objects.
 * <p>
 * The schema version is the number of {@code <upgradeTask>}s in the descriptor's {@code <ao>} module: tasks are
 * numbered from 1 and each brings the model version to its number (docs/persistence.md), so after a successful start
 * the tables are at that version.
 */
public final class ActiveObjectsSchema {
    static final String FEATURE = "health: database type and tables";
    private static final String DESCRIPTOR = "/atlassian-plugin.xml";
    /** Read as text: an XML parser (javax.xml) would be one more OSGi import for counting one element. */
    private static final Pattern UPGRADE_TASK = Pattern.compile("<upgradeTask\\b");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private final ActiveObjects activeObjects;
    private final HostCalls host;

    public ActiveObjectsSchema(ActiveObjects activeObjects, HostCalls host) {
        this.activeObjects = activeObjects;
        this.host = host;
    }

    public DatabaseState state() {
        List<Class<? extends RawEntity<?>>> entities = PersistenceEntities.all();
        String type = host.optional(FEATURE, () -> String.valueOf(metaData().getDatabaseType())).filter(name -> !name.equals("UNKNOWN")
                && !name.equals("null")).orElse(null);
        List<String> missing = host.optional(FEATURE, () -> missingTables(metaData(), entities)).orElse(List.of());
        return new DatabaseState(type, String.valueOf(schemaVersion()), entities.size(), missing);
    }

    private ActiveObjectsModuleMetaData metaData() {
        return activeObjects.moduleMetaData();
    }

    private static List<String> missingTables(ActiveObjectsModuleMetaData metaData,
                                              List<Class<? extends RawEntity<?>>> entities) {
        List<String> missing = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            if (!metaData.isTablePresent(entity)) {
                missing.add(entity.getSimpleName());
            }
        }
        return missing;
    }

    /** The number of upgrade tasks the descriptor lists: 0 while the schema has never needed one. */
    static int schemaVersion() {
        try (InputStream in = ActiveObjectsSchema.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not in the plugin");
            }
            String descriptor = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
            Matcher task = UPGRADE_TASK.matcher(descriptor);
            int tasks = 0;
            while (task.find()) {
                tasks++;
            }
            return tasks;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DESCRIPTOR, e);
        }
    }
}
