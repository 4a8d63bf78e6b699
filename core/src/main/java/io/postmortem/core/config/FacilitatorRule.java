package io.postmortem.core.config;

/** Who runs a postmortem: Major Incident Management, or the incident's owning team. */
public enum FacilitatorRule {
    MIM, TEAM
}
