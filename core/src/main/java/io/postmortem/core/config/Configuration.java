package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;

/**
 * Everything an administrator sets up: the organisation, how incidents look in Jira, the policies, and how
 * learnings are shared, the additions to the blameless review's rules, and how the review checklist gates publishing. A configuration stored before {@code learning} existed reads with its defaults.
 */
public record Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                            LearningPolicy learning, BlamelessPolicy blameless, QualityPolicy quality) {

    public Configuration {
        learning = learning == null ? LearningPolicy.defaults() : learning;
        blameless = blameless == null ? BlamelessPolicy.defaults() : blameless;
        quality = quality == null ? QualityPolicy.defaults() : quality;
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                         LearningPolicy learning, BlamelessPolicy blameless) {
        this(directory, incidentMapping, policies, learning, blameless, QualityPolicy.defaults());
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies) {
        this(directory, incidentMapping, policies, LearningPolicy.defaults(), BlamelessPolicy.defaults());
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                         LearningPolicy learning) {
        this(directory, incidentMapping, policies, learning, BlamelessPolicy.defaults());
    }

    public static Configuration defaults() {
        return new Configuration(Directory.empty(), IncidentMapping.defaults(), Policies.defaults(),
                LearningPolicy.defaults(), BlamelessPolicy.defaults(), QualityPolicy.defaults());
    }

    public Configuration withDirectory(Directory newDirectory) {
        return new Configuration(newDirectory, incidentMapping, policies, learning, blameless, quality);
    }

    public Configuration withLearning(LearningPolicy newLearning) {
        return new Configuration(directory, incidentMapping, policies, newLearning, blameless, quality);
    }

    public Configuration withBlameless(BlamelessPolicy newBlameless) {
        return new Configuration(directory, incidentMapping, policies, learning, newBlameless, quality);
    }

    public Configuration withQuality(QualityPolicy newQuality) {
        return new Configuration(directory, incidentMapping, policies, learning, blameless, newQuality);
    }
}
