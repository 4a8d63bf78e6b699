package com.atlassian.activeobjects.external;

/**
 * An upgrade of a plugin's Active Objects data model, listed as {@code <upgradeTask>} in the {@code <ao>} module.
 * Jira runs the tasks newer than the stored model version, in version order, before it migrates the entities.
 * <p>
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * (interface with exactly these two abstract methods). Confirmed for Jira 11 by
 * https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/upgrade/AOUpgradeTask001.html,
 * which implements it with the same two method signatures.
 */
public interface ActiveObjectsUpgradeTask {

    /** The version of the model after this task has run. */
    ModelVersion getModelVersion();

    /** Upgrades the model from {@code currentVersion}; {@code ao} is not yet associated with any entity. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
