package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.plugin.jira.incident.OurIssues;

/** Shows the postmortem document on issues that hold a postmortem (its key is the issue key). */
public final class IsPostmortemCondition extends IssuePanelCondition {
    private final PostmortemRepository postmortems;
    private final OurIssues ourIssues;

    public IsPostmortemCondition(PostmortemRepository postmortems, OurIssues ourIssues, CurrentUser currentUser) {
        super(currentUser);
        this.postmortems = postmortems;
        this.ourIssues = ourIssues;
    }

    @Override
    boolean mayApplyTo(Issue issue) {
        return ourIssues.mayBePostmortem(issue);
    }

    @Override
    boolean appliesTo(String issueKey) {
        return postmortems.findByKey(issueKey).isPresent();
    }
}
