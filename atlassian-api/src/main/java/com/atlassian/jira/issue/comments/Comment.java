package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

/**
 * A comment on an issue.
 * <p>
 * Source: Jira's Comment.java in the code index ({@code ApplicationUser getAuthorApplicationUser()},
 * {@code String getBody()}, {@code Date getCreated()}, {@code Long getId()}); javadoc
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/Comment.html (not seen in full here).
 */
public interface Comment {

    Long getId();

    String getBody();

    Date getCreated();

    ApplicationUser getAuthorApplicationUser();
}
