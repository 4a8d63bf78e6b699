package com.atlassian.scheduler.config;

/**
 * How a job runs in a cluster.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
 * ("@PublicApi public enum RunMode"; RUN_ONCE_PER_CLUSTER "will only run on one node of the cluster each time that it
 * triggers"; RUN_LOCALLY).
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
