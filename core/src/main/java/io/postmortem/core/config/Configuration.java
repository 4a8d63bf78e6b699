package io.postmortem.core.config;

import io.postmortem.core.directory.Directory;

/**
 * Everything an administrator sets up: the organisation, how incidents look in Jira, the policies, and how
 * learnings are shared, the additions to the blameless review's rules, how the Postmortem issue follows its
 * document, and how the review checklist gates publishing. A configuration stored before a part existed reads that
 * part with its defaults.
 */
public record Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                            LearningPolicy learning, BlamelessPolicy blameless, PostmortemIssuePolicy postmortemIssue,
                            QualityPolicy quality) {

    public Configuration {
        learning = learning == null ? LearningPolicy.defaults() : learning;
        blameless = blameless == null ? BlamelessPolicy.defaults() : blameless;
        postmortemIssue = postmortemIssue == null ? PostmortemIssuePolicy.defaults() : postmortemIssue;
        quality = quality == null ? QualityPolicy.defaults() : quality;
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                         LearningPolicy learning, BlamelessPolicy blameless, PostmortemIssuePolicy postmortemIssue) {
        this(directory, incidentMapping, policies, learning, blameless, postmortemIssue, QualityPolicy.defaults());
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                         LearningPolicy learning, BlamelessPolicy blameless, QualityPolicy quality) {
        this(directory, incidentMapping, policies, learning, blameless, PostmortemIssuePolicy.defaults(), quality);
    }

    public Configuration(Directory directory, IncidentMapping incidentMapping, Policies policies,
                         LearningPolicy learning, BlamelessPolicy blameless) {
        this(directory, incidentMapping, policies, learning, blameless, PostmortemIssuePolicy.defaults(),
                QualityPolicy.defaults());
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
                LearningPolicy.defaults(), BlamelessPolicy.defaults());
    }

    public Configuration withDirectory(Directory newDirectory) {
        return new Configuration(newDirectory, incidentMapping, policies, learning, blameless, postmortemIssue, quality);
    }

    public Configuration withLearning(LearningPolicy newLearning) {
        return new Configuration(directory, incidentMapping, policies, newLearning, blameless, postmortemIssue, quality);
    }

    public Configuration withBlameless(BlamelessPolicy newBlameless) {
        return new Configuration(directory, incidentMapping, policies, learning, newBlameless, postmortemIssue, quality);
    }

    public Configuration withPostmortemIssue(PostmortemIssuePolicy newPostmortemIssue) {
        return new Configuration(directory, incidentMapping, policies, learning, blameless, newPostmortemIssue, quality);
    }

    public Configuration withQuality(QualityPolicy newQuality) {
        return new Configuration(directory, incidentMapping, policies, learning, blameless, postmortemIssue, newQuality);
    }
}
