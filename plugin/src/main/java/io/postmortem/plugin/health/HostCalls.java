package io.postmortem.plugin.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * The one wrapper around calls into Jira whose signature could not be confirmed for Jira 10/11 (rows marked
 * {@code guarded} in {@code atlassian-api/evidence.tsv}). A {@link LinkageError} (the host's class, method or field is
 * not what the plugin was compiled against) turns only that feature off: it is recorded in {@link DegradedFeatures}
 * for the health page, logged once, and the caller gets the feature's fallback or a
 * {@link FeatureUnavailableException} instead of a stack trace. The plugin itself stays enabled.
 *
 * <p>Every other error passes through unchanged: only linkage says "this Jira is not the one we compiled against".
 */
public final class HostCalls {
    private static final Logger LOG = LoggerFactory.getLogger(HostCalls.class);

    private final DegradedFeatures degraded;

    public HostCalls(DegradedFeatures degraded) {
        this.degraded = degraded;
    }

    /** Runs {@code call} for {@code feature}; a linkage failure throws {@link FeatureUnavailableException}. */
    public <T> T call(String feature, Supplier<T> call) {
        try {
            return call.get();
        } catch (LinkageError error) {
            turnOff(feature, error);
            throw new FeatureUnavailableException(feature, error);
        }
    }

    /** Runs {@code call} for {@code feature}; a linkage failure throws {@link FeatureUnavailableException}. */
    public void run(String feature, Runnable call) {
        call(feature, () -> {
            call.run();
            return null;
        });
    }

    /** Runs {@code call} for {@code feature}; on a linkage failure the feature is off and {@code fallback} answers. */
    public <T> T callOr(String feature, Supplier<T> call, Supplier<T> fallback) {
        try {
            return call.get();
        } catch (LinkageError error) {
            turnOff(feature, error);
            return fallback.get();
        }
    }

    public boolean isOff(String feature) {
        return degraded.isDegraded(feature);
    }

    private void turnOff(String feature, LinkageError error) {
        if (degraded.record(feature, memberIn(error), error)) {
            LOG.error("Postmortem for Jira turned off '{}': this Jira does not provide {} ({}). "
                    + "The rest of the plugin keeps working; see the health page.", feature, memberIn(error), error.toString());
        }
    }

    /** The JVM names the missing member in the message (e.g. {@code 'java.lang.String com.atlassian...getKey()'}). */
    static String memberIn(LinkageError error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getName() : message.strip();
    }
}
