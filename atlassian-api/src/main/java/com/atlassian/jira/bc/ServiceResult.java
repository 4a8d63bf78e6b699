package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * The outcome of a Jira service call: valid, or the reasons it was refused.
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html
 * (inherits {@code getErrorCollection, getWarningCollection, isValid} from ServiceResultImpl, which implements
 * ServiceResult). Only the members we call are declared; the ServiceResult page itself was not seen.
 */
public interface ServiceResult {

    ErrorCollection getErrorCollection();

    boolean isValid();
}
