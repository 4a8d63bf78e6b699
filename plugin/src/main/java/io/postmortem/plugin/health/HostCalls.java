package io.postmortem.plugin.health;

import io.postmortem.core.health.HostHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one wrapper around calls into Jira whose signature could not be confirmed for Jira 10/11 (rows marked
 * {@code guarded} in {@code atlassian-api/evidence.tsv}). A {@link LinkageError} (the host's class, method or field is
 * not what the plugin was compiled against) turns only that feature off: it is recorded in {@link DegradedFeatures}
 * for the health page, logged once, and the caller gets the feature's fallback or a
 * {@link FeatureUnavailableException} instead of a stack trace. The plugin itself stays enabled.
 *
 * <p>The same holds for a host service imported with {@code availability="optional"} (host-imports.xml) that this
 * Jira does not provide: its proxy throws Gemini Blueprint's {@code ServiceUnavailableException}, recognised by name
 * so the plugin does not link Gemini's classes.
 *
 * <p>Every other error passes through unchanged: only linkage and a missing service say "this Jira is not the one we
 * compiled against".
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
        } catch (RuntimeException failure) {
            if (!isMissingService(failure)) {
                throw failure;
            }
            turnOff(feature, failure);
            throw new FeatureUnavailableException(feature, failure);
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
        } catch (RuntimeException failure) {
            if (!isMissingService(failure)) {
                throw failure;
            }
            turnOff(feature, failure);
            return fallback.get();
        }
    }

    /**
     * Runs {@code call} for {@code feature}; its answer, empty when it answered null, or empty when the feature is
     * off (a linkage failure or a missing service): for a question, such as a health check, that may go unanswered.
     */
    public <T> Optional<T> optional(String feature, Supplier<T> call) {
        return callOr(feature, () -> Optional.ofNullable(call.get()), Optional::empty);
    }

    /** Every feature a guarded call turned off on this node, as the health report reads them. */
    public List<HostHealth.Degradation> degradations() {
        return degraded.all().stream().map(degradation -> new HostHealth.Degradation(degradation.feature(),
                degradation.member(), degradation.error(), degradation.since())).toList();
    }

    public boolean isOff(String feature) {
        return degraded.isDegraded(feature);
    }

    /** Gemini Blueprint's ServiceUnavailableException (or a subclass): an optional host service is absent. */
    static boolean isMissingService(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getSimpleName().equals("ServiceUnavailableException")) {
                return true;
            }
        }
        return false;
    }

    private void turnOff(String feature, Throwable error) {
        if (degraded.record(feature, memberIn(error), error)) {
            LOG.error("Postmortem for Jira turned off '{}': this Jira does not provide {} ({}). "
                    + "The rest of the plugin keeps working; see the health page.", feature, memberIn(error), error.toString());
        }
    }

    /** The JVM names the missing member in the message (e.g. {@code 'java.lang.String com.atlassian...getKey()'}). */
    static String memberIn(Throwable error) {
        String message = error.getMessage();
        if (isMissingService(error)) {
            return "the host service " + (message == null ? "" : message.strip());
        }
        return message == null || message.isBlank() ? error.getClass().getName() : message.strip();
    }
}
