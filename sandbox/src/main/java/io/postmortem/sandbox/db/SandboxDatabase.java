package io.postmortem.sandbox.db;

import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sandbox's one H2 database file in the data folder. Every write is committed and written to the file
 * before the request that made it is answered ({@code WRITE_DELAY=0}), so killing the process loses nothing.
 */
public final class SandboxDatabase implements AutoCloseable {
    /** The same file the testkit's {@code AoDatabase.h2File} opens, so product and host data share one database. */
    private static final String FILE_NAME = "postmortem";

    private final Path folder;
    private final JdbcConnectionPool pool;

    private SandboxDatabase(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
    }

    public static SandboxDatabase open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), "sa", "");
        pool.setMaxConnections(32);
        return new SandboxDatabase(folder, pool);
    }

    /** Deletes the database files so the next {@link #open} starts over. */
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
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
    }
}
