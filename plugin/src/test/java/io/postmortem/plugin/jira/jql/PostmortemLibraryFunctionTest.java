package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.core.learning.InMemoryLearning;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.call;
import static io.postmortem.plugin.jira.jql.JqlFunctionFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code postmortemLibrary("<words>")}: the library page's search, reachable from Jira's issue navigator. */
class PostmortemLibraryFunctionTest {
    private final JqlFunctionFixture jira = new JqlFunctionFixture();
    private final InMemoryLearning index = new InMemoryLearning();
    private final PostmortemLibraryFunction function = new PostmortemLibraryFunction(new Library(index, jira.ports),
            jira.queries, jira.actors, jira.ports, jira.issueManager, jira.permissionManager, jira.host);

    @Test
    void answersWhatTheLibraryFindsForTheWords() {
        index.put(entry("PM-1", "Retry storm exhausted the connection pool", "dependency"));
        index.put(entry("PM-2", "Expired certificate on the payments gateway", "configuration"));
        index.put(entry("PM-3", "Retries amplified a slow dependency", "dependency"));

        FunctionOperand retry = call("postmortemLibrary", "retr");
        FunctionOperand certificate = call("postmortemLibrary", "certificate gateway");

        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), retry, jira.clause), retry))
                .containsExactlyInAnyOrderElementsOf(jira.idsOf(List.of("PM-1", "PM-3")));
        assertThat(values(function.getValues(jira.searchBy(jira.alice, false), certificate, jira.clause), certificate))
                .isEqualTo(jira.idsOf(List.of("PM-2")));
    }

    @Test
    void hiddenPostmortemsStayHiddenAndEmptyWordsAreRefused() {
        index.put(entry("PM-1", "Retry storm exhausted the connection pool", "dependency"));
        jira.hidden.add("PM-1");
        FunctionOperand retry = call("postmortemLibrary", "retry");

        List<QueryLiteral> literals = function.getValues(jira.searchBy(jira.alice, false), retry, jira.clause);

        assertThat(literals).isEmpty();
        assertThat(function.validate(jira.alice, call("postmortemLibrary", " "), jira.clause).getErrorMessages())
                .containsExactly("postmortemLibrary: give the words to search for, e.g. \"retry storm\".");
        assertThat(function.validate(jira.alice, call("postmortemLibrary", "retry"), jira.clause).hasAnyErrors()).isFalse();
    }

    private static LibraryEntry entry(String key, String rootCause, String category) {
        return new LibraryEntry(key, "INC-" + key.substring(3), rootCause, Severity.P2, List.of("payments"),
                List.of("payments-api"), List.of(), List.of(category), List.of(), List.of(new RootCause(rootCause, category)),
                rootCause, "", Instant.parse("2026-02-01T09:00:00Z"), Instant.parse("2026-02-05T09:00:00Z"));
    }
}
