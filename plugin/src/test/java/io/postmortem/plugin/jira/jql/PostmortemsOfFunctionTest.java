package io.postmortem.plugin.jira.jql;

import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.core.accountability.JqlLinks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

class PostmortemsOfFunctionTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final PostmortemsOfFunction function = new PostmortemsOfFunction(jira.queries, jira.actors, jira.ports,
            jira.issueManager, jira.permissionManager, jira.host);

    @Test
    void answersThePostmortemsOfAPlatformOrTeamAndFigureAsJqlQueriesDoes() {
        FunctionOperand payments = call("postmortemsOf", "payments");
        FunctionOperand overdue = call("postmortemsOf", "payments", "overdue");
        FunctionOperand all = call("postmortemsOf");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), payments, jira.clause), payments))
                .isEqualTo(jira.idsOf(jira.queries.postmortemsOf(jira.actor(), "payments", null)))
                .isEqualTo(jira.idsOf(List.of("PM-1", "PM-2")));
        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), overdue, jira.clause), overdue))
                .isEqualTo(jira.idsOf(List.of("PM-1")));
        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), all, jira.clause), all))
                .isEqualTo(jira.idsOf(List.of("PM-1", "PM-2", "PM-3")));
    }

    @Test
    void acceptsTheFiguresTheDashboardLinksUse() {
        for (String jql : JqlLinks.forGroup("ledger").values()) {
            if (jql.startsWith("issue in postmortemsOf(")) {
                String figure = jql.substring(jql.lastIndexOf(", \"") + 3, jql.lastIndexOf('"'));
                assertThat(function.validate(jira.alice, call("postmortemsOf", "ledger", figure), jira.clause)
                        .hasAnyErrors()).as(jql).isFalse();
            }
        }
        assertThat(function.validate(jira.alice, call("postmortemsOf", "ledger", "late"), jira.clause).getErrorMessages())
                .singleElement().asString().startsWith("postmortemsOf: unknown figure \"late\". Use one of: all, overdue");
    }

    @Test
    void leavesOutPostmortemsTheSearcherCannotBrowse() {
        jira.hidden.add("PM-2");
        FunctionOperand payments = call("postmortemsOf", "payments");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), payments, jira.clause), payments))
                .isEqualTo(jira.idsOf(List.of("PM-1")));
    }
}
