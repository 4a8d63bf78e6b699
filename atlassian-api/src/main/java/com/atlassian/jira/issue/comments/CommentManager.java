package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

/**
 * Comments of issues, without permission checks.
 * <p>
 * Source: Jira's CommentManager.java in the code index ({@code public List<Comment> getComments(Issue issue)},
 * "will return an empty list if none found"), also called as {@code ComponentAccessor.getCommentManager().getComments(issue)}
 * by third-party Jira 8 plugin code. Javadoc: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/CommentManager.html.
 */
public interface CommentManager {

    List<Comment> getComments(Issue issue);

    /**
     * Creates a comment visible to all. Source: CommentManager on docs.atlassian.com ("Comment create(Issue issue,
     * ApplicationUser author, String body, boolean dispatchEvent)", the ApplicationUser form that replaced the
     * String-author one of https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html);
     * not seen on a Jira 11 page, so the call is guarded.
     */
    Comment create(Issue issue, com.atlassian.jira.user.ApplicationUser author, String body, boolean dispatchEvent);
}
