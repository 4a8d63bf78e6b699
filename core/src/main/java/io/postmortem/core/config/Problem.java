package io.postmortem.core.config;

/**
 * One broken rule in a proposed configuration, located by the part it is in (a platform or team by its position
 * in the directory's list, or a section) and the record component it is about.
 */
public record Problem(Part part, int index, String field, String message) {

    public enum Part { PLATFORM, TEAM, DIRECTORY, MAPPING, POLICIES, LEARNING, BLAMELESS, POSTMORTEM_ISSUE, QUALITY }

    static Problem platform(int index, String field, String message) {
        return new Problem(Part.PLATFORM, index, field, message);
    }

    static Problem team(int index, String field, String message) {
        return new Problem(Part.TEAM, index, field, message);
    }

    static Problem of(Part part, String field, String message) {
        return new Problem(part, -1, field, message);
    }

    /** The JSON path of the field in a {@link Configuration}, e.g. {@code directory.teams[3].projectKey}. */
    public String path() {
        String section = switch (part) {
            case PLATFORM, TEAM, DIRECTORY -> "directory";
            case MAPPING -> "incidentMapping";
            case POLICIES -> "policies";
            case LEARNING -> "learning";
            case BLAMELESS -> "blameless";
            case POSTMORTEM_ISSUE -> "postmortemIssue";
            case QUALITY -> "quality";
        };
        if (field.isEmpty()) {
            return section;
        }
        return switch (part) {
            case PLATFORM -> "directory.platforms[" + index + "]." + field;
            case TEAM -> "directory.teams[" + index + "]." + field;
            case DIRECTORY -> "directory." + field;
            case MAPPING -> "incidentMapping." + field;
            case POLICIES -> "policies." + field;
            case LEARNING -> "learning." + field;
            case BLAMELESS -> "blameless." + field;
            case POSTMORTEM_ISSUE -> "postmortemIssue." + field;
            case QUALITY -> "quality." + field;
        };
    }
}
