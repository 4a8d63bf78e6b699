package io.postmortem.core.timeline;

/** Where an entry came from: typed by a person, or imported from the incident ticket's history or comments. */
public enum EntrySource {
    PERSON, INCIDENT_HISTORY, INCIDENT_COMMENT
}
