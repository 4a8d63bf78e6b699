package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * The base class of Jira's service results.
 * <p>
 * Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html
 * ("public abstract static class IssueService.IssueValidationResult extends ServiceResultImpl", inheriting
 * {@code getErrorCollection, isValid}). The constructor taking an ErrorCollection is the one the subclasses' own
 * {@code (MutableIssue, ErrorCollection)} constructors imply; in this declaration it exists so tests can build results.
 * Validity here is "no errors", as Jira documents for isValid.
 */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }

    @Override
    public boolean isValid() {
        return errorCollection == null || !errorCollection.hasAnyErrors();
    }
}
