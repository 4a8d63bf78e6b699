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

    // Postmortem issues follow their document (JiraPostmortemTickets). Sources: the Jira Software 10.6.0 and
    // 11.3.0-m0002 javadoc of com.atlassian.greenhopper.service.issue.IssueUpdateService, whose validateUpdate and
    // update delegate to these with the same types ("com.atlassian.jira.bc.issue.IssueService.UpdateValidationResult
    // validateUpdate(com.atlassian.jira.user.ApplicationUser user, Long issueId, com.atlassian.jira.issue.
    // IssueInputParameters issueInputParameters)", "IssueService.IssueResult update(ApplicationUser,
    // IssueService.UpdateValidationResult)"):
    // https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/issue/IssueUpdateService.html
    // and https://docs.atlassian.com/jira-software/11.3.0-m0002/com/atlassian/greenhopper/service/issue/IssueUpdateServiceImpl.html;
    // the transition pair from https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.TransitionValidationResult.html
    // ("IssueService.validateTransition(ApplicationUser, Long, int, IssueInputParameters) method to obtain this") and
    // the DevGuide "Performing issue operations" (transition(user, transitionValidationResult)).

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
                                                  IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionValidationResult);

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

    /** "public static class IssueService.UpdateValidationResult extends IssueService.IssueValidationResult". */
    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    /** "public static class IssueService.TransitionValidationResult extends ServiceResultImpl". */
    class TransitionValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;
        private final int actionId;

        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder,
                                          Map additionInputs, int actionId) {
            super(errors);
            this.issue = issue;
            this.actionId = actionId;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public int getActionId() {
            return actionId;
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
