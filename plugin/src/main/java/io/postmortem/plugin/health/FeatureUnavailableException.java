package io.postmortem.plugin.health;

import io.postmortem.core.shared.HostRefusedException;

/**
 * A feature is off on this Jira because a guarded call into the host failed to link, or its optional host service
 * is missing (see {@link HostCalls}). Reported
 * to the caller as the host refusing the operation, with a message that sends the administrator to the health page.
 */
public final class FeatureUnavailableException extends HostRefusedException {
    private final String feature;

    public FeatureUnavailableException(String feature, Throwable cause) {
        super("'" + feature + "' is not available on this Jira: the plugin could not reach "
                + HostCalls.memberIn(cause) + ". An administrator finds the details on the Postmortem health page.",
                false, "host");
        this.feature = feature;
        initCause(cause);
    }

    public String feature() {
        return feature;
    }
}
