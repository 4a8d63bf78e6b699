package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.util.Map;

/**
 * Creates issues with all of Jira's business rules (permissions, validation, events, notifications).
 * <p>
 * Sources: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html
 * ("@PublicApi public static class IssueService.IssueResult extends IssueService.IssueValidationResult"; constructors
 * {@code IssueResult(MutableIssue)}, {@code IssueResult(MutableIssue, ErrorCollection)}; obtained from
 * {@code IssueService.create(ApplicationUser, CreateValidationResult)}),
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html
 * ("@PublicApi public abstract static class IssueService.IssueValidationResult extends ServiceResultImpl",
 * {@code MutableIssue getIssue()}), the package summary
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/package-summary.html (CreateValidationResult is a
 * class) and the Jira DevGuide "Performing issue operations" (newIssueInputParameters, validateCreate, isValid,
 * create). {@code CreateValidationResult validateCreate(ApplicationUser, IssueInputParameters)} and
 * {@code IssueInputParameters newIssueInputParameters()} are used that way there. No Jira 10/11 source
 * was found, so the calls are guarded (atlassian-api/evidence.tsv).
 */
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            this(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        private final Map<String, Object> fieldValuesHolder;

        public CreateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
            this.fieldValuesHolder = fieldValuesHolder;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }
}
