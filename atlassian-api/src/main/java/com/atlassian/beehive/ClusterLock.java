package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A named lock that holds across all nodes of the cluster.
 * <p>
 * Source: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html ("public interface
 * ClusterLock extends Lock"; {@code newCondition()} is not supported); {@code isHeldByCurrentThread()} is
 * not confirmed for Jira 10/11; lock()/unlock() are called by a Jira 11.3 plugin,
 * https://github.com/deftdevs/bootstrapi/blob/4c9d6271f00207820d13880e433f8aa5b4cfb6c6/commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java. We only call the {@link Lock} methods.
 */
public interface ClusterLock extends Lock {

    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();
}
