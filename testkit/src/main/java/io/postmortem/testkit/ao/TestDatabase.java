package io.postmortem.testkit.ao;

/**
 * The databases every repository test runs on: H2 (fast, the sandbox's), PostgreSQL and the MySQL family (real
 * servers), the last also under a case-insensitive collation.
 */
public enum TestDatabase {
    H2 {
        @Override
        public AoDatabase open(String name) {
            return AoDatabase.h2InMemory(name);
        }
    },
    POSTGRESQL {
        @Override
        public AoDatabase open(String name) {
            return AoDatabase.postgres(name);
        }
    },
    /** MariaDB 10.11 in MySQL 8's default SQL mode, utf8mb4 with {@code utf8mb4_bin} as Jira's MySQL guide asks. */
    MYSQL {
        @Override
        public AoDatabase open(String name) {
            return AoDatabase.mysql(name, "utf8mb4_bin");
        }
    },
    /**
     * The same server with a case- and accent-insensitive collation ({@code utf8mb4_unicode_ci}), standing in for
     * MySQL 8's own default collation and SQL Server's {@code CI_AI} ones.
     */
    MYSQL_CASE_INSENSITIVE {
        @Override
        public AoDatabase open(String name) {
            return AoDatabase.mysql(name, "utf8mb4_unicode_ci");
        }
    };

    /** A fresh, empty database. */
    public abstract AoDatabase open(String name);
}
