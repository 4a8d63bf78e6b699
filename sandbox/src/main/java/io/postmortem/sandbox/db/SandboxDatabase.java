package io.postmortem.sandbox.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.postmortem.sandbox.SandboxOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sandbox's one database: an H2 file in the data folder (one node), or PostgreSQL (the nodes of a cluster share
 * it): an embedded server this node starts with its data in the data folder, or a server another node started.
 * Every write is committed (H2: and written to the file, {@code WRITE_DELAY=0}) before the request that made it is
 * answered, so killing the process loses nothing.
 */
public final class SandboxDatabase implements AutoCloseable {
    /** The same file the testkit's {@code AoDatabase.h2File} opens, so product and host data share one database. */
    private static final String FILE_NAME = "postmortem";
    /** The embedded PostgreSQL server's files, in the data folder. */
    private static final String POSTGRES_FOLDER = "postgres";
    /** The port the embedded server listened on last, to listen on again. */
    private static final String POSTGRES_PORT_FILE = "postgres.port";
    /** The database the embedded server keeps the sandbox in (the server's own {@code postgres} stays empty). */
    private static final String POSTGRES_DATABASE = "postmortem";
    /** The embedded server trusts local connections; other nodes join with these. */
    private static final String POSTGRES_USER = "postgres";
    private static final String POSTGRES_PASSWORD = "postgres";
    /** The advisory lock nodes take turns on while they prepare the database (any number no one else uses). */
    private static final long STARTUP_LOCK = 441_554_001L;

    /** What a node that joins this database passes: {@code --db-url}, {@code --db-user}, {@code --db-password}. */
    public record JoinOptions(String url, String user, String password) {
        @Override
        public String toString() {
            return "--db-url " + url + " --db-user " + user + " --db-password " + password;
        }
    }

    private final Path folder;
    private final DataSource dataSource;
    private final boolean postgres;
    private final JoinOptions joinOptions;
    private final AutoCloseable onClose;

    private SandboxDatabase(Path folder, DataSource dataSource, boolean postgres, JoinOptions joinOptions,
                            AutoCloseable onClose) {
        this.folder = folder;
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.joinOptions = joinOptions;
        this.onClose = onClose;
    }

    /** H2 in {@code folder}. */
    public static SandboxDatabase open(Path folder) {
        createFolder(folder);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), "sa", "");
        pool.setMaxConnections(32);
        return new SandboxDatabase(folder, pool, false, null, () -> {
            try (Connection connection = pool.getConnection()) {
                connection.createStatement().execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already closed
            }
            pool.dispose();
        });
    }

    /** The database the options ask for; with {@code --reset}, emptied first (H2, embedded PostgreSQL). */
    public static SandboxDatabase open(SandboxOptions options) {
        Path folder = options.dataFolder();
        return switch (options.database()) {
            case SandboxOptions.H2 h2 -> {
                if (options.reset()) {
                    delete(folder);
                }
                yield open(folder);
            }
            case SandboxOptions.EmbeddedPostgres embedded -> embeddedPostgres(folder, options.reset());
            case SandboxOptions.JoinPostgres join -> postgres(folder,
                    new JoinOptions(join.url(), join.user(), join.password()), () -> { });
        };
    }

    private static SandboxDatabase embeddedPostgres(Path folder, boolean reset) {
        createFolder(folder);
        Path data = folder.toAbsolutePath().resolve(POSTGRES_FOLDER);
        if (reset) {
            deleteTree(data);
            deleteTree(folder.toAbsolutePath().resolve(POSTGRES_PORT_FILE));
        }
        EmbeddedPostgres server;
        Path portFile = folder.toAbsolutePath().resolve(POSTGRES_PORT_FILE);
        try {
            // The server's files stay in the data folder: the next start finds the same data, on the same port when
            // it is free, so the options the other nodes joined with stay right.
            server = startPostgres(data, savedPort(portFile));
            Files.writeString(portFile, Integer.toString(server.getPort()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL in " + data + ": " + e.getMessage()
                    + " (the sandbox carries PostgreSQL for Linux x86-64; elsewhere start PostgreSQL yourself and"
                    + " use --db-url, --db-user, --db-password)", e);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + POSTGRES_DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
            }
        } catch (SQLException e) {
            closeQuietly(server);
            throw new IllegalStateException("cannot create the sandbox's database on the embedded PostgreSQL", e);
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + POSTGRES_DATABASE;
        return postgres(folder, new JoinOptions(url, POSTGRES_USER, POSTGRES_PASSWORD), server);
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0 && free(port)) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int savedPort(Path portFile) {
        try {
            return Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).trim()) : 0;
        } catch (IOException | NumberFormatException unreadable) {
            return 0;
        }
    }

    private static SandboxDatabase postgres(Path folder, JoinOptions join, AutoCloseable server) {
        createFolder(folder);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(join.url());
        config.setUsername(join.user());
        config.setPassword(join.password());
        config.setMaximumPoolSize(16);
        config.setPoolName("sandbox");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            closeQuietly(server);
            throw new IllegalStateException("cannot connect to " + join.url() + " as " + join.user() + ": "
                    + e.getMessage(), e);
        }
        return new SandboxDatabase(folder, pool, true, join, () -> {
            pool.close();
            server.close();
        });
    }

    /** Deletes the H2 database files so the next {@link #open} starts over. */
    public static void delete(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(FILE_NAME + "."))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the sandbox database in " + folder, e);
        }
    }

    public static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0;OLD_INFORMATION_SCHEMA=TRUE;LOCK_TIMEOUT=10000";
    }

    public Path folder() {
        return folder;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** PostgreSQL (shared by the cluster's nodes) rather than H2 (this node's alone). */
    public boolean postgres() {
        return postgres;
    }

    /** The options another node joins this database with; empty on H2. */
    public java.util.Optional<JoinOptions> joinOptions() {
        return java.util.Optional.ofNullable(joinOptions);
    }

    /**
     * This node's turn to prepare the database, until closed: on PostgreSQL a session advisory lock, which the
     * server also gives up when a node dies holding it; on H2 (one node) nothing to wait for.
     */
    public AutoCloseable startTurn() throws SQLException {
        if (!postgres) {
            return () -> { };
        }
        Connection connection = connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + STARTUP_LOCK + ")");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return () -> {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + STARTUP_LOCK + ")");
            }
        };
    }

    /** Drops the sandbox's tables and the plugin's: the demo is then loaded into an empty database. */
    public void dropEverything() {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            if (!postgres) {
                statement.execute("DROP ALL OBJECTS");
                return;
            }
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // Only the sandbox's tables and the plugin's: a database joined with --db-url may hold others.
            tables.removeIf(table -> !table.toUpperCase(java.util.Locale.ROOT).startsWith("SBX_")
                    && !io.postmortem.testkit.ao.JiraTablePrefix.POSTMORTEM.owns(table, false));
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS \"" + table.replace("\"", "\"\"") + "\" CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the sandbox database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the sandbox database: " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // reporting the first failure matters more
        }
    }
}
