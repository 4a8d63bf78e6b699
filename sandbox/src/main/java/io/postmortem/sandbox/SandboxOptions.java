package io.postmortem.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start the sandbox: the port (0 = any free one), the data folder, whether to start over, which database
 * (H2 in the data folder by default; an embedded PostgreSQL in the data folder; or an existing PostgreSQL that
 * another node already uses), the node's name, and a pause after each mail that only tests use.
 */
public record SandboxOptions(int port, Path dataFolder, boolean reset, Database database, String node,
                             Duration mailPause) {
    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_NODE = "node-1";

    private static final String USAGE = "use --port N, --data DIR, --reset, --node NAME, and for the database either"
            + " nothing (H2 in the data folder), --postgres (an embedded PostgreSQL in the data folder), or"
            + " --db-url jdbc:postgresql://HOST:PORT/DB --db-user USER --db-password PASSWORD (join a node's database)";

    /** The database the sandbox keeps everything in. */
    public sealed interface Database {
    }

    /** H2 in the data folder: one node. */
    public record H2() implements Database {
    }

    /** A PostgreSQL server this node starts itself, its data in the data folder; other nodes may join it. */
    public record EmbeddedPostgres() implements Database {
    }

    /** A PostgreSQL database that already runs (another node's, or one of your own). */
    public record JoinPostgres(String url, String user, String password) implements Database {
    }

    public SandboxOptions {
        if (node == null || !node.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new IllegalArgumentException("--node needs a name of 1 to 60 letters, digits, '.', '_' or '-'");
        }
        if (mailPause.isNegative()) {
            throw new IllegalArgumentException("--test-mail-pause-ms cannot be negative");
        }
    }

    /** One node on H2 in {@code dataFolder}. */
    public SandboxOptions(int port, Path dataFolder, boolean reset) {
        this(port, dataFolder, reset, new H2(), DEFAULT_NODE, Duration.ZERO);
    }

    public static SandboxOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path data = Path.of("sandbox-data");
        boolean reset = false;
        boolean postgres = false;
        String url = null;
        String user = null;
        String password = null;
        String node = DEFAULT_NODE;
        Duration mailPause = Duration.ZERO;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = number(value(args, ++i, "--port"), "--port");
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--reset" -> reset = true;
                case "--postgres" -> postgres = true;
                case "--db-url" -> url = value(args, ++i, "--db-url");
                case "--db-user" -> user = value(args, ++i, "--db-user");
                case "--db-password" -> password = value(args, ++i, "--db-password");
                case "--node" -> node = value(args, ++i, "--node");
                // Tests only: pauses after each mail so a test can stop a node in the middle of the daily job.
                case "--test-mail-pause-ms" -> mailPause = Duration.ofMillis(
                        number(value(args, ++i, "--test-mail-pause-ms"), "--test-mail-pause-ms"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (" + USAGE + ")");
            }
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port needs a number from 0 to 65535");
        }
        return new SandboxOptions(port, data, reset, database(postgres, url, user, password, reset), node, mailPause);
    }

    private static Database database(boolean postgres, String url, String user, String password, boolean reset) {
        boolean joining = url != null || user != null || password != null;
        if (postgres && joining) {
            throw new IllegalArgumentException("--postgres starts a database of this node's own; --db-url, --db-user"
                    + " and --db-password join another one: use one or the other");
        }
        if (!joining) {
            return postgres ? new EmbeddedPostgres() : new H2();
        }
        List<String> missing = new ArrayList<>();
        if (url == null) {
            missing.add("--db-url");
        }
        if (user == null) {
            missing.add("--db-user");
        }
        if (password == null) {
            missing.add("--db-password");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("joining a database needs --db-url, --db-user and --db-password;"
                    + " missing " + String.join(", ", missing));
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://HOST:PORT/DB), not " + url);
        }
        if (reset) {
            throw new IllegalArgumentException("--reset cannot be used when joining a database another node uses");
        }
        return new JoinPostgres(url, user, password);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value);
        }
    }

    /** Whether other nodes may share this node's database. */
    public boolean shared() {
        return !(database instanceof H2);
    }
}
