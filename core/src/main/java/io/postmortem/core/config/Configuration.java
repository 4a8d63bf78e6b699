package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;

/**
 * Everything an administrator sets up: the organisation, how incidents look in Jira, the policies, and how
 * learnings are shared. A configuration stored before {@code learning} existed reads with its defaults.
 */
public record Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                            LearningPolicy learning) {

    public Configuration {
        learning = learning == null ? LearningPolicy.defaults() : learning;
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies) {
        this(directory, incidentMapping, policies, LearningPolicy.defaults());
    }

    public static Configuration defaults() {
        return new Configuration(Directory.empty(), IncidentMapping.defaults(), Policies.defaults(),
                LearningPolicy.defaults());
    }

    public Configuration withDirectory(Directory newDirectory) {
        return new Configuration(newDirectory, incidentMapping, policies, learning);
    }

    public Configuration withLearning(LearningPolicy newLearning) {
        return new Configuration(directory, incidentMapping, policies, newLearning);
    }
}
