package io.postmortem.core.postmortemissue;

import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.PostmortemIssuePolicy;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.learning.LearningMarksStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemListener;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.HostRefusedException;

/**
 * Keeps the Postmortem issue in step with its document, so Jira users find the work through Jira's own fields:
 * status through the configured transition (Published ends done, with the configured resolution), assignee the
 * facilitator, due date the meeting due date, priority the incident's, labels the tags, and once published the
 * summary as description. Runs after every creation, state change, incident link and tag change.
 */
public final class PostmortemIssueFollower implements PostmortemListener {
    private static final System.Logger log = System.getLogger(PostmortemIssueFollower.class.getName());

    private final PostmortemTickets tickets;
    private final ConfigurationStore configurationStore;
    private final LearningMarksStore marks;

    public PostmortemIssueFollower(PostmortemTickets tickets, ConfigurationStore configurationStore,
                                   LearningMarksStore marks) {
        this.tickets = tickets;
        this.configurationStore = configurationStore;
        this.marks = marks;
    }

    @Override
    public void statusChanged(Postmortem postmortem, PostmortemStatus from) {
        follow(postmortem);
    }

    @Override
    public void changed(Postmortem postmortem) {
        follow(postmortem);
    }

    /**
     * Brings the issue in line with the document. A refusal by the ticket system (a transition missing from the
     * workflow, a user who may not be assigned) leaves the document as it is: it is the record, the issue its mirror,
     * and the administration's workflow check says what to fix.
     */
    public void follow(Postmortem postmortem) {
        PostmortemIssue issue = issueOf(postmortem, configurationStore.load());
        try {
            tickets.follow(issue);
        } catch (HostRefusedException refused) {
            log.log(System.Logger.Level.WARNING, "The issue " + postmortem.key() + " could not follow its postmortem: "
                    + refused.getMessage());
        }
    }

    /** What the issue should show for this document under this configuration. */
    public PostmortemIssue issueOf(Postmortem postmortem, Configuration configuration) {
        PostmortemIssuePolicy policy = configuration.postmortemIssue();
        String summary = postmortem.section(Section.SUMMARY);
        return new PostmortemIssue(postmortem.key(), postmortem.incidentKey(), postmortem.status(),
                transitionTo(postmortem.status(), policy), policy.resolution(), facilitator(postmortem, configuration),
                postmortem.dueDate(), marks.marks(postmortem.key()).tags(),
                postmortem.isPublished() && !summary.isBlank() ? summary : null);
    }

    /** The configured transition that brings the issue to the status standing for the document's state. */
    public static String transitionTo(PostmortemStatus status, PostmortemIssuePolicy policy) {
        return switch (status) {
            case DRAFT -> policy.draftTransition();
            case IN_REVIEW -> policy.inReviewTransition();
            case PUBLISHED -> policy.publishedTransition();
        };
    }

    /**
     * The person who facilitates: for MIM the configured MIM user; for a team its configured facilitator, else the
     * Lead of its platform. Null when nobody is known: the issue's assignee is then left alone.
     */
    public static String facilitator(Postmortem postmortem, Configuration configuration) {
        PostmortemIssuePolicy policy = configuration.postmortemIssue();
        if (postmortem.facilitator().isMim()) {
            return blankToNull(policy.mimFacilitator());
        }
        String team = postmortem.facilitator().name();
        String configured = blankToNull(policy.teamFacilitators().get(team));
        if (configured != null) {
            return configured;
        }
        return configuration.directory().platformOfTeam(team).map(Platform::lead).map(PostmortemIssueFollower::blankToNull)
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
