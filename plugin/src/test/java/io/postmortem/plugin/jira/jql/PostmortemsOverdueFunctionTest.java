package io.postmortem.plugin.jira.jql;

import com.atlassian.query.operand.FunctionOperand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

class PostmortemsOverdueFunctionTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final PostmortemsOverdueFunction function = new PostmortemsOverdueFunction(jira.queries, jira.actors, jira.ports,
            jira.issueManager, jira.permissionManager, jira.host);

    @Test
    void answersTheOverduePostmortemsOfAllOrOfAPlatformAsJqlQueriesDoes() {
        FunctionOperand all = call("postmortemsOverdue");
        FunctionOperand search = call("postmortemsOverdue", "search");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all))
                .isEqualTo(jira.idsOf(jira.queries.postmortemsOverdue(jira.actor(), null)))
                .isEqualTo(jira.idsOf(List.of("PM-1", "PM-3")));
        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), search, jira.clause), search))
                .isEqualTo(jira.idsOf(List.of("PM-3")));
    }

    @Test
    void leavesOutPostmortemsTheSearcherCannotBrowse() {
        jira.hidden.add("PM-3");
        FunctionOperand all = call("postmortemsOverdue");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all))
                .isEqualTo(jira.idsOf(List.of("PM-1")));
    }

    @Test
    void validatesTheArguments() {
        assertThat(function.getMinimumNumberOfExpectedArguments()).isZero();
        assertThat(function.validate(jira.alice, call("postmortemsOverdue"), jira.clause).hasAnyErrors()).isFalse();
        assertThat(function.validate(jira.alice, call("postmortemsOverdue", "nope"), jira.clause).getErrorMessages())
                .singleElement().asString().contains("no platform or team \"nope\"");
    }
}
