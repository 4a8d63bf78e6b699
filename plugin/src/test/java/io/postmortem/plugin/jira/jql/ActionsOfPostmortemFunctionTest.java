package io.postmortem.plugin.jira.jql;

import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

class ActionsOfPostmortemFunctionTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final ActionsOfPostmortemFunction function = new ActionsOfPostmortemFunction(jira.queries, jira.actors,
            jira.ports, jira.issueManager, jira.permissionManager, jira.host);

    @Test
    void answersTheActionsAPostmortemRaisedAsJqlQueriesDoes() {
        FunctionOperand pm1 = call("actionsOfPostmortem", "PM-1");
        FunctionOperand pm3 = call("actionsOfPostmortem", "PM-3");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), pm1, jira.clause), pm1))
                .isEqualTo(jira.idsOf(jira.queries.actionsOfPostmortem(jira.actor(), "PM-1")))
                .isEqualTo(jira.idsOf(List.of("LED-1", "PAY-1", "PAY-2")));
        // OPS-1 belongs to PM-3 too, but its project is not browsable.
        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), pm3, jira.clause), pm3))
                .isEqualTo(jira.idsOf(List.of("SRCH-1")));
    }

    @Test
    void leavesOutActionsTheSearcherCannotBrowse() {
        jira.hidden.add("PAY-2");
        FunctionOperand pm1 = call("actionsOfPostmortem", "PM-1");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), pm1, jira.clause), pm1))
                .isEqualTo(jira.idsOf(List.of("LED-1", "PAY-1")));
    }

    @Test
    void validatesTheIssueKey() {
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
        assertThat(function.validate(jira.alice, call("actionsOfPostmortem", "PM-1"), jira.clause).hasAnyErrors()).isFalse();
        assertThat(function.validate(jira.alice, call("actionsOfPostmortem", "PM 1"), jira.clause).getErrorMessages())
                .containsExactly("actionsOfPostmortem: \"PM 1\" is not an issue key. Give the postmortem's key, e.g. PM-42.");
        assertThat(function.validate(jira.alice, call("actionsOfPostmortem"), jira.clause).getErrorMessages())
                .containsExactly("Use actionsOfPostmortem(\"<issue key>\"): actionsOfPostmortem takes 1 argument, not 0.");
    }
}
