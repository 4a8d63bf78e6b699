package com.atlassian.beehive;

/**
 * Hands out cluster-wide locks by name.
 * <p>
 * Source: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html ("@PublicApi
 * public interface ClusterLockService"; {@code ClusterLock getLockForName(String lockName)}; "an acquired lock will
 * never time-out"; locks are "not intended to be re-entrant"; names up to 255 characters, namespaced in reverse DNS
 * style). Jira 10 ships beehive 6.0.0 (jira-platform-facts.md 2.16).
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
