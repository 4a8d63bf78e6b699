package io.postmortem.plugin.health;

import io.postmortem.core.health.HostHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One call into the host whose signature has no Jira 10/11 evidence: a {@link LinkageError} (the class or method is
 * not what the plugin was compiled against) turns the feature off, is recorded in {@link DegradedFeatures} and logged
 * once, and the caller gets an empty answer instead of an error.
 */
public final class GuardedHostCall {
    private static final Logger log = LoggerFactory.getLogger(GuardedHostCall.class);

    private final DegradedFeatures degradedFeatures;

    public GuardedHostCall(DegradedFeatures degradedFeatures) {
        this.degradedFeatures = degradedFeatures;
    }

    /**
     * @param feature what stops working, in the administrator's words (e.g. "health: mail server")
     * @param member  the host member called, {@code owner#name}, as in atlassian-api/evidence.tsv
     * @return the call's answer (empty when it answered null), or empty when it failed to link
     */
    public <T> Optional<T> call(String feature, String member, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (LinkageError failure) {
            if (degradedFeatures.record(feature, member, failure)) {
                log.warn("Postmortem for Jira turned off \"{}\": this Jira's {} is not what the app was built "
                        + "against ({}). The health page lists it.", feature, member, failure.toString());
            }
            return Optional.empty();
        }
    }

    public boolean isDegraded(String feature) {
        return degradedFeatures.isDegraded(feature);
    }

    /** Every feature a guarded call turned off, as the health report reads them. */
    public List<HostHealth.Degradation> degradations() {
        return degradedFeatures.all().stream().map(degradation -> new HostHealth.Degradation(degradation.feature(),
                degradation.member(), degradation.error(), degradation.since())).toList();
    }
}
