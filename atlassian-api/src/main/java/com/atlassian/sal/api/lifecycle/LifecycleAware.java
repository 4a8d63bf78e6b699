package com.atlassian.sal.api.lifecycle;

/**
 * Told when the host and the plugin have started, and before the plugin stops. Must be exported as an OSGi service.
 * <p>
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
 * ({@code void onStart()}; {@code void onStop()} "Will be invoked if previously notified with onStart(), before the
 * plugin is disabled or framework is shut down"). Both are abstract: implementations must declare both.
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
