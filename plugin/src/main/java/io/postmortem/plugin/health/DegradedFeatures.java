package io.postmortem.plugin.health;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The features that turned themselves off since the plugin started, because a guarded call into the host failed to
 * link (a {@link LinkageError}: the host's class or method is not what the plugin was compiled against) or the host
 * service behind it is missing. One guarded path records its feature here, logs once, and degrades; the health page
 * lists every record so the administrator sees exactly what does not work on this Jira.
 *
 * <p>Per node on purpose: linkage is a property of the classes each node loaded.
 */
public final class DegradedFeatures {

    /** One feature that is off, the host member it could not reach and the error it met first. */
    public record Degradation(String feature, String member, String error, Instant since) {
    }

    private final ConcurrentMap<String, Degradation> byFeature = new ConcurrentHashMap<>();
    private final Clock clock;

    public DegradedFeatures(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records that {@code feature} failed reaching {@code member}. Only the first failure of a feature is kept.
     *
     * @return true when this is the feature's first failure, so the caller logs it once and not on every call
     */
    public boolean record(String feature, String member, Throwable error) {
        Degradation degradation = new Degradation(feature, member,
                error.getClass().getSimpleName() + ": " + error.getMessage(), clock.instant());
        return byFeature.putIfAbsent(feature, degradation) == null;
    }

    public boolean isDegraded(String feature) {
        return byFeature.containsKey(feature);
    }

    /** Every degraded feature, oldest first. */
    public List<Degradation> all() {
        return byFeature.values().stream().sorted(Comparator.comparing(Degradation::since)
                .thenComparing(Degradation::feature)).toList();
    }
}
