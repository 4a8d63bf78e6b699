package io.postmortem.testkit.ao;

import com.atlassian.activeobjects.spi.DatabaseType;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One database with the plugin's {@link EntityManagerActiveObjects} over it: H2 in memory (tests), H2 in a folder
 * (the sandbox), or a fresh database on the JVM's embedded PostgreSQL or MariaDB server (tests). Close it when done.
 */
public final class AoDatabase implements AutoCloseable {
    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    static {
        // The library's own default is SERIALIZABLE. In Jira, AO work runs in the host's transaction at the
        // database's default level (READ COMMITTED on PostgreSQL; assumed, not verified against Jira's
        // dbconfig), so tests see the same concurrency Jira will. An explicit -D setting still wins.
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
    }

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;
    private final DatabaseType type;
    private final JiraTablePrefix prefix;
    private final String description;

    private AoDatabase(DataSource dataSource, Runnable onClose, DatabaseType type, JiraTablePrefix prefix,
                       String description) {
        this.dataSource = dataSource;
        this.entityManager = new EntityManager(provider(type, new DisposableDataSourceAdapter(dataSource, onClose)),
                configuration(prefix));
        this.activeObjects = new EntityManagerActiveObjects(entityManager, type);
        this.type = type;
        this.prefix = prefix;
        this.description = description;
    }

    /** A private in-memory H2 database, alive until {@link #close()}. */
    public static AoDatabase h2InMemory(String name) {
        return h2("jdbc:h2:mem:" + safe(name) + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0", "H2 in memory " + name);
    }

    /**
     * An H2 database kept in {@code folder}, durable per commit: {@code WRITE_DELAY=0} makes every commit reach the
     * file before it returns, so killing the process after a commit loses nothing.
     */
    public static AoDatabase h2File(Path folder) {
        Path file = folder.toAbsolutePath().resolve("postmortem");
        return h2("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0", "H2 file " + file);
    }

    /** A fresh, empty database on the JVM's one embedded PostgreSQL server (started on first use). */
    public static AoDatabase postgres(String name) {
        DataSource dataSource = EmbeddedPostgresServer.get().createDatabase(safe(name));
        return new AoDatabase(dataSource, () -> { }, DatabaseType.POSTGRESQL, JiraTablePrefix.POSTMORTEM,
                "PostgreSQL " + name);
    }

    /**
     * The plugin's entities on a PostgreSQL database someone else runs (the sandbox's nodes share one), through the
     * given data source; closing this leaves the data source open for its owner.
     */
    public static AoDatabase postgres(DataSource dataSource, String description) {
        return new AoDatabase(dataSource, () -> { }, DatabaseType.POSTGRESQL, JiraTablePrefix.POSTMORTEM,
                "PostgreSQL " + description);
    }

    /**
     * A fresh, empty database on the JVM's one embedded MariaDB server (started on first use, MySQL 8's defaults),
     * reached through MySQL's driver and AO's MySQL provider, with utf8mb4 and {@code collation} (e.g.
     * {@code utf8mb4_bin} as Jira's MySQL guide asks, or {@code utf8mb4_unicode_ci}, case- and accent-insensitive).
     */
    public static AoDatabase mysql(String name, String collation) {
        DataSource dataSource = EmbeddedMariaDbServer.get().createDatabase(safe(name), collation);
        return new AoDatabase(dataSource, () -> { }, DatabaseType.MYSQL, JiraTablePrefix.POSTMORTEM,
                "MariaDB (MySQL 8 mode, " + collation + ") " + name);
    }

    private static AoDatabase h2(String url, String description) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // Jira's AO library reads H2's schema through the 1.x information schema.
        dataSource.setURL(url + ";OLD_INFORMATION_SCHEMA=TRUE");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new AoDatabase(dataSource, () -> shutdown(dataSource), DatabaseType.H2, JiraTablePrefix.POSTMORTEM,
                description);
    }

    /**
     * Another cluster node on the same database: its own {@link EntityManager} (and so its own entity caches) over
     * the same data. Closing it leaves the database open for this one.
     */
    public AoDatabase anotherNode() {
        return new AoDatabase(dataSource, () -> { }, type, prefix, description + " (another node)");
    }

    private static DatabaseProvider provider(DatabaseType type, DisposableDataSource dataSource) {
        return switch (type) {
            case H2 -> new H2DatabaseProvider(dataSource);
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(dataSource, "public");
            case MYSQL -> new MySQLDatabaseProvider(dataSource);
            default -> throw new IllegalArgumentException("no test database of type " + type);
        };
    }

    public EntityManagerActiveObjects activeObjects() {
        return activeObjects;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public DatabaseType type() {
        return type;
    }

    /** Runs {@code work} and counts every SQL statement the AO library prepares meanwhile (its SQL listener). */
    public <T> Counted<T> counting(Supplier<T> work) {
        return counting(work, sql -> { });
    }

    /** The same, also handing each statement's SQL to {@code eachStatement}. */
    public <T> Counted<T> counting(Supplier<T> work, Consumer<String> eachStatement) {
        int[] statements = {0};
        DatabaseProvider.SqlListener counter = sql -> {
            statements[0]++;
            eachStatement.accept(sql);
        };
        DatabaseProvider provider = entityManager.getProvider();
        provider.addSqlListener(counter);
        T result;
        try {
            result = work.get();
        } finally {
            provider.removeSqlListener(counter);
        }
        return new Counted<>(result, statements[0]);
    }

    /** What some work returned, and how many SQL statements it issued through the AO library. */
    public record Counted<T>(T result, int statements) {
    }

    /** Opens a plain JDBC connection to the same database, for checks beneath the library. */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    /** The plugin's tables that exist now, by their real names (e.g. {@code AO_441554_CONFIG}). */
    public List<String> tables() {
        try (Connection connection = connection();
             ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), null,
                     new String[]{"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (prefix.owns(name, false)) {
                    names.add(name);
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables of " + description, e);
        }
    }

    /** Drops every table of the plugin and forgets cached entities: the next test starts from an empty schema. */
    public void reset() {
        List<String> tables = tables();
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            if (type == DatabaseType.MYSQL) {
                // MySQL ignores CASCADE: drop in any order.
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            for (String table : tables) {
                statement.execute("DROP TABLE " + entityManager.getProvider().quote(table) + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset " + description, e);
        }
        entityManager.flushEntityCache();
        entityManager.flushAll();
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }

    @Override
    public String toString() {
        return description;
    }

    private static EntityManagerConfiguration configuration(JiraTablePrefix prefix) {
        NameConverters converters = new SimpleNameConverters(
                new AtlassianTableNameConverter(prefix),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration schema = prefix::owns;
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return true;
            }

            @Override
            public NameConverters getNameConverters() {
                return converters;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        };
    }

    private static void shutdown(JdbcDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut H2 down", e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
