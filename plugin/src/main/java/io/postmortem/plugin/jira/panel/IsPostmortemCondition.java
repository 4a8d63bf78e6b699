package io.postmortem.plugin.jira.panel;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.postmortem.PostmortemRepository;

/** Shows the postmortem document on issues that hold a postmortem (its key is the issue key). */
public final class IsPostmortemCondition extends IssuePanelCondition {
    private final PostmortemRepository postmortems;

    public IsPostmortemCondition(PostmortemRepository postmortems, CurrentUser currentUser) {
        super(currentUser);
        this.postmortems = postmortems;
    }

    @Override
    boolean appliesTo(String issueKey) {
        return postmortems.findByKey(issueKey).isPresent();
    }
}
