package com.atlassian.jira.entity.property;

/**
 * Jira's low-level store of JSON entity properties, keyed by entity name, entity id and property key.
 * <p>
 * Source: Jira's JsonEntityPropertyManager.java (public interface, {@code @ExperimentalApi}) read in the code index:
 * {@code void put(String entityName, Long entityId, String key, String json)} and
 * {@code EntityPropertyQuery<?> query()}. Jira 11.0 use: Atlassian's Slack integration, JsonStore.java at commit
 * 94c50dce37981e8aca8f30188a6bb66504e1ce04 (rows in atlassian-api/evidence.tsv).
 */
public interface JsonEntityPropertyManager {

    void put(String entityName, Long entityId, String key, String json);

    EntityPropertyQuery<?> query();
}
