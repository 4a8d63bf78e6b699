package com.atlassian.jira.entity.property;

/**
 * One JSON entity property. Source: Jira's EntityProperty.java (public interface, {@code @ExperimentalApi}) read in
 * the code index: {@code String getValue()}. Only the member the plugin calls is declared.
 */
public interface EntityProperty {

    String getValue();
}
