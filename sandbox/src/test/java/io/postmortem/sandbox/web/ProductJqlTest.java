package io.postmortem.sandbox.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProductJqlTest {

    @Test
    void readsTheFunctionsTheDashboardsLinkTo() {
        assertThat(ProductJql.parse("issue in actionsOf(\"payments\", \"open\")")).contains(
                new ProductJql.Call("actionsOf", List.of("payments", "open")));
        assertThat(ProductJql.parse("issue in overdueActions(\"payments\")")).contains(
                new ProductJql.Call("overdueActions", List.of("payments")));
        assertThat(ProductJql.parse("issue in postmortemsOverdue()")).contains(
                new ProductJql.Call("postmortemsOverdue", List.of()));
        assertThat(ProductJql.parse("ISSUE IN postmortemsof(web, \"heldOnTime\")")).contains(
                new ProductJql.Call("postmortemsOf", List.of("web", "heldOnTime")));
        assertThat(ProductJql.parse("actionsOfPostmortem(\"PM-12\")")).contains(
                new ProductJql.Call("actionsOfPostmortem", List.of("PM-12")));
    }

    @Test
    void unescapesQuotedArguments() {
        assertThat(ProductJql.parse("issue in actionsOf(\"a \\\"b\\\" \\\\ c\")").orElseThrow().arguments())
                .containsExactly("a \"b\" \\ c");
    }

    @Test
    void refusesOtherQueriesAndWrongArity() {
        assertThat(ProductJql.parse("project = FUL")).isEmpty();
        assertThat(ProductJql.parse("issue in linkedIssues(\"FUL-1\")")).isEmpty();
        assertThat(ProductJql.parse("issue in actionsOf()")).isEmpty();
        assertThat(ProductJql.parse("issue in actionsOfPostmortem(\"PM-1\", \"x\")")).isEmpty();
        assertThat(ProductJql.parse("issue in actionsOf(\"payments\" \"open\")")).isEmpty();
        assertThat(ProductJql.parse("issue in actionsOf(\"payments)")).isEmpty();
        assertThat(ProductJql.parse("issue in actionsOf(\"payments\",)")).isEmpty();
        assertThat(ProductJql.parse("issue in actionsOf(\"payments\") AND project = FUL")).isEmpty();
        assertThat(ProductJql.parse(null)).isEmpty();
    }
}
