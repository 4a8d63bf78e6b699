package io.postmortem.core.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The user names and display names of the directory ({@link People#names()}), which the blameless review recognises,
 * loaded at most once per {@link #MAX_AGE} on each node. The count of blameless findings shows on every view of an
 * incident or postmortem panel, and the directory load (every active user) would otherwise run on each of them.
 * <p>
 * Node-local on purpose: the names come from the host's directory, which every node reads for itself, so there is
 * nothing to invalidate across the cluster; a person added or renamed is recognised on every node within
 * {@link #MAX_AGE}. One snapshot per node, and only a directory of at most {@link #MAX_NAMES} names is kept (a larger
 * one is read on each call, as before), so the memory this holds is bounded.
 */
public final class DirectoryNames {
    /** How old the names may be: a few minutes, as long as a person added to the directory may go unrecognised. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** The most names kept: two per person (user name and display name) for 100,000 people. */
    public static final int MAX_NAMES = 200_000;

    private record Snapshot(Set<String> names, Instant loadedAt) {
    }

    private final People people;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public DirectoryNames(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** The names, read from the directory when the node's snapshot is missing or older than {@link #MAX_AGE}. */
    public Set<String> names() {
        Snapshot current = snapshot;
        if (fresh(current)) {
            return current.names();
        }
        synchronized (this) {
            // Requests that waited here use what the first one read.
            current = snapshot;
            if (fresh(current)) {
                return current.names();
            }
            Instant loadedAt = clock.instant();
            Set<String> names = Set.copyOf(people.names());
            if (names.size() <= MAX_NAMES) {
                snapshot = new Snapshot(names, loadedAt);
            }
            return names;
        }
    }

    private boolean fresh(Snapshot current) {
        return current != null && clock.instant().isBefore(current.loadedAt().plus(MAX_AGE));
    }
}
