package io.postmortem.testkit.ao;

/** The databases every repository test runs on: H2 (fast, the sandbox's) and PostgreSQL (a real server). */
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
    };

    /** A fresh, empty database. */
    public abstract AoDatabase open(String name);
}
