package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

class ActionsOfFunctionTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final ActionsOfFunction function = new ActionsOfFunction(jira.queries, jira.actors, jira.ports,
            jira.issueManager, jira.permissionManager, jira.host);

    @Test
    void answersTheIssueIdsOfTheActionsJqlQueriesGivesForAPlatformOrTeamAndFigure() {
        FunctionOperand all = call("actionsOf", "payments");
        FunctionOperand overdue = call("actionsOf", " payments ", "overdue");
        FunctionOperand ledgerOpen = call("actionsOf", "ledger", "open");

        List<Long> allIds = values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all);
        List<Long> overdueIds = values(function.getValues(jira.searchBy(jira.alice, false), overdue, jira.clause), overdue);
        List<Long> ledgerIds = values(function.getValues(jira.searchBy(jira.alice, false), ledgerOpen, jira.clause), ledgerOpen);

        assertThat(allIds).isEqualTo(jira.idsOf(jira.queries.actionsOf(jira.actor(), "payments", null)))
                .isEqualTo(jira.idsOf(List.of("LED-1", "LED-2", "PAY-1", "PAY-2")));
        assertThat(overdueIds).isEqualTo(jira.idsOf(jira.queries.actionsOf(jira.actor(), "payments", "overdue")))
                .isEqualTo(jira.idsOf(List.of("LED-1", "PAY-1")));
        assertThat(ledgerIds).isEqualTo(jira.idsOf(List.of("LED-1")));
    }

    @Test
    void leavesOutIssuesTheSearcherCannotBrowseAndDeletedTicketsUnlessSecurityIsOverridden() {
        jira.hidden.add("PAY-1");
        jira.deleted.add("LED-2");
        FunctionOperand all = call("actionsOf", "payments");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all))
                .isEqualTo(jira.idsOf(List.of("LED-1", "PAY-2")));
        assertThat(values(function.getValues(jira.searchBy(jira.alice, true), all, jira.clause), all))
                .isEqualTo(jira.idsOf(List.of("LED-1", "PAY-1", "PAY-2")));
    }

    @Test
    void anAnonymousSearchGetsNothing() {
        assertThat(function.getValues(jira.searchBy(null, false), call("actionsOf", "payments"), jira.clause)).isEmpty();
    }

    @Test
    void validationNamesTheProblemWithTheArguments() {
        MessageSet none = function.validate(jira.alice, call("actionsOf"), jira.clause);
        MessageSet tooMany = function.validate(jira.alice, call("actionsOf", "payments", "open", "x"), jira.clause);
        MessageSet unknownGroup = function.validate(jira.alice, call("actionsOf", "paymnts"), jira.clause);
        MessageSet unknownFigure = function.validate(jira.alice, call("actionsOf", "ledger", "late"), jira.clause);

        assertThat(none.getErrorMessages()).containsExactly(
                "Use actionsOf(\"<platform or team>\"[, \"<figure>\"]): actionsOf takes 1 to 2 arguments, not 0.");
        assertThat(tooMany.getErrorMessages()).singleElement().asString().contains("not 3");
        assertThat(unknownGroup.getErrorMessages()).containsExactly(
                "actionsOf: no platform or team \"paymnts\" is configured in Postmortem for Jira. Give a platform or team slug.");
        assertThat(unknownFigure.getErrorMessages()).containsExactly("actionsOf: unknown figure \"late\". Use one of: "
                + "all, open, overdue, dueSoon, closedLast30Days, closedLast90Days, closedOnTimeLast90Days.");
        assertThat(function.validate(jira.alice, call("actionsOf", "search-core", "dueSoon"), jira.clause).hasAnyErrors()).isFalse();
        assertThat(function.validate(jira.alice, call("actionsOf", "search"), jira.clause).hasAnyErrors()).isFalse();
    }

    @Test
    void anInvalidCallMatchesNothingInsteadOfFailingTheSearch() {
        assertThat(function.getValues(jira.searchBy(jira.alice, false), call("actionsOf", "nobody"), jira.clause)).isEmpty();
    }

    @Test
    void isAnIssueFunctionWithAtLeastOneArgument() {
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
    }
}
