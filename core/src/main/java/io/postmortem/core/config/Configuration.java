package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;

/** Everything an administrator sets up: the organisation, how incidents look in Jira, and the policies. */
public record Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies) {

    public static Configuration defaults() {
        return new Configuration(Directory.empty(), IncidentMapping.defaults(), Policies.defaults());
    }

    public Configuration withDirectory(Directory newDirectory) {
        return new Configuration(newDirectory, incidentMapping, policies);
    }
}
