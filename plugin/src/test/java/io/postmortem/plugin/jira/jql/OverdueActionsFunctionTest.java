package io.postmortem.plugin.jira.jql;

import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

class OverdueActionsFunctionTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final OverdueActionsFunction function = new OverdueActionsFunction(jira.queries, jira.actors, jira.ports,
            jira.issueManager, jira.permissionManager, jira.host);

    @Test
    void withoutAnArgumentAnswersEveryBrowsableOverdueActionAsJqlQueriesDoes() {
        FunctionOperand all = call("overdueActions");

        List<Long> ids = values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all);

        assertThat(ids).isEqualTo(jira.idsOf(jira.queries.overdueActions(jira.actor(), null)))
                .isEqualTo(jira.idsOf(List.of("LED-1", "PAY-1", "SRCH-1")));
    }

    @Test
    void withAPlatformOrTeamAnswersItsOverdueActionsOnlyTheBrowsableOnes() {
        FunctionOperand team = call("overdueActions", "ledger");
        FunctionOperand platform = call("overdueActions", "payments");
        jira.hidden.add("LED-1");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), team, jira.clause), team)).isEmpty();
        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), platform, jira.clause), platform))
                .isEqualTo(jira.idsOf(List.of("PAY-1")));
        assertThat(jira.queries.overdueActions(jira.actor(), "ledger")).containsExactly("LED-1");
    }

    @Test
    void validatesTheArguments() {
        assertThat(function.getMinimumNumberOfExpectedArguments()).isZero();
        assertThat(function.validate(jira.alice, call("overdueActions"), jira.clause).hasAnyErrors()).isFalse();
        assertThat(function.validate(jira.alice, call("overdueActions", "search"), jira.clause).hasAnyErrors()).isFalse();
        assertThat(function.validate(jira.alice, call("overdueActions", "ops"), jira.clause).getErrorMessages())
                .containsExactly("overdueActions: no platform or team \"ops\" is configured in Postmortem for Jira. "
                        + "Give a platform or team slug.");
        assertThat(function.validate(jira.alice, call("overdueActions", "a", "b"), jira.clause).getErrorMessages())
                .containsExactly("Use overdueActions([\"<platform or team>\"]): overdueActions takes 0 to 1 argument, not 2.");
    }
}
