package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A named lock that holds across all nodes of the cluster.
 * <p>
 * Source: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html ("public interface
 * ClusterLock extends Lock"; {@code newCondition()} is not supported); {@code isHeldByCurrentThread()} from the
 * decompiled modern source (jira-platform-facts.md 2.16). We only call the {@link Lock} methods.
 */
public interface ClusterLock extends Lock {

    boolean isHeldByCurrentThread();

    @Override
    Condition newCondition();
}
