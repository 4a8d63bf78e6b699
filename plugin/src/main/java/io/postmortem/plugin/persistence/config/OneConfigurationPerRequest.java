package io.postmortem.plugin.persistence.config;

import java.util.function.Supplier;

/**
 * A unit of work (one HTTP request: a REST call, a page) in which every read of the configuration gives the same
 * snapshot, checked against the database once. Without it each read checks the stored version (one indexed row).
 * Opened by {@code OneConfigurationPerRequestFilter} around every request the plugin serves, with try/finally, so
 * a snapshot never outlives its request on the thread that served it.
 */
public final class OneConfigurationPerRequest {
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private OneConfigurationPerRequest() {
    }

    /** Runs {@code work} in a scope; nested calls join the outer scope. */
    public static <T> T within(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new Scope());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** The scope of the current thread, or null outside one. */
    static Scope current() {
        return CURRENT.get();
    }

    /** What one store has read within the scope (a scope may see several stores, e.g. two nodes in a test). */
    static final class Scope {
        private Object owner;
        private ConfigurationSnapshot snapshot;

        ConfigurationSnapshot snapshotOf(Object store) {
            return owner == store ? snapshot : null;
        }

        void remember(Object store, ConfigurationSnapshot read) {
            owner = store;
            snapshot = read;
        }

        void forget(Object store) {
            if (owner == store) {
                owner = null;
                snapshot = null;
            }
        }
    }
}
