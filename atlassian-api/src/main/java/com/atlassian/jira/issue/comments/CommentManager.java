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
}
