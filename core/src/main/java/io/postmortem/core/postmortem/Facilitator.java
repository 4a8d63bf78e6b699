package io.postmortem.core.postmortem;

/**
 * Who runs a postmortem: Major Incident Management (name = the MIM group) or a team (name = the team's slug).
 */
public record Facilitator(Type type, String name) {

    public enum Type {
        MIM, TEAM
    }

    public boolean isMim() {
        return type == Type.MIM;
    }
}
