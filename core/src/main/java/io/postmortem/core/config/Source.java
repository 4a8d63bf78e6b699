package io.postmortem.core.config;

/** Where a fact about an incident is read from in the ticket system. */
public enum Source {
    /** Jira's priority field, mapped by name. */
    PRIORITY,
    /** A custom field (select, multi-select or text) named by its id, e.g. customfield_10100. */
    CUSTOM_FIELD,
    /** The incident's components, matched against each team's component. */
    COMPONENTS,
    /** The incident's project, matched against each team's project. */
    PROJECT
}
