package io.postmortem.sandbox.tickets;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sandbox's issue fields beyond Jira's system fields, with the ids and names a Jira admin would see. */
public final class SandboxFields {
    public static final String SEVERITY = "customfield_10100";
    public static final String OWNING_TEAM = "customfield_10101";
    public static final String IMPACTED_TEAMS = "customfield_10102";
    public static final String STARTED_AT = "customfield_10103";
    public static final String DETECTED_AT = "customfield_10104";
    public static final String COMPONENTS = "components";
    /** Jira's system fields kept as multi-valued fields: the due date (ISO date) and the labels. */
    public static final String DUE_DATE = "duedate";
    public static final String LABELS = "labels";

    public static final String INCIDENT = "Incident";
    public static final String POSTMORTEM = "Postmortem";
    public static final String PROBLEM = "Problem";

    public static final String OPEN = "Open";
    public static final String IN_PROGRESS = "In Progress";
    public static final String DONE = "Done";

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(SEVERITY, "Severity");
        NAMES.put(OWNING_TEAM, "Owning team");
        NAMES.put(IMPACTED_TEAMS, "Impacted teams");
        NAMES.put(STARTED_AT, "Started");
        NAMES.put(DETECTED_AT, "Detected");
        NAMES.put(COMPONENTS, "Components");
    }

    private SandboxFields() {
    }

    public static String nameOf(String fieldId) {
        return NAMES.getOrDefault(fieldId, fieldId);
    }

    public static boolean isStatus(String status) {
        return OPEN.equals(status) || IN_PROGRESS.equals(status) || DONE.equals(status);
    }
}
