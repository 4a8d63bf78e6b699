package com.atlassian.beehive;

/**
 * Hands out cluster-wide locks by name.
 * <p>
 * Source: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html ("@PublicApi
 * public interface ClusterLockService"; {@code ClusterLock getLockForName(String lockName)}; "an acquired lock will
 * never time-out"; locks are "not intended to be re-entrant"; names up to 255 characters, namespaced in reverse DNS
 * style). A Jira 11.3 plugin imports it as a service and
 * calls getLockForName: https://github.com/deftdevs/bootstrapi/blob/4c9d6271f00207820d13880e433f8aa5b4cfb6c6/jira/src/main/java/com/deftdevs/bootstrapi/jira/config/AtlassianConfig.java and
 * https://github.com/deftdevs/bootstrapi/blob/4c9d6271f00207820d13880e433f8aa5b4cfb6c6/commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java.
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
