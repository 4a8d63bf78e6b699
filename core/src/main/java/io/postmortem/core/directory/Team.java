package io.postmortem.core.directory;

/**
 * An engineering team: where its Problem tickets go ({@code projectKey}, optionally a {@code component}) and
 * which group holds its members.
 */
public record Team(String slug, String name, String platform, String projectKey, String component, String group) {
}
