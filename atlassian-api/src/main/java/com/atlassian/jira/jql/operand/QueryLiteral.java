package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * A value a JQL operand produces: a Long (for issues, the issue id: "issue ids are represented using a Long") or a
 * String (an issue key, which Jira must resolve again). JQL functions set their FunctionOperand as the source.
 * <p>
 * Source: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/operand/QueryLiteral.html ("public class
 * QueryLiteral"; constructors {@code QueryLiteral(Operand sourceOperand, Long longValue)},
 * {@code QueryLiteral(Operand sourceOperand, String stringValue)}; {@code String getStringValue()}).
 * {@code Long getLongValue()} and {@code Operand getSourceOperand()} are the matching getters [from the same page's
 * class summary; only getStringValue was seen verbatim]. Jira 11.3 use of {@code new QueryLiteral(functionOperand,
 * issue.getId())}: codescape/jira-scrum-poker (third party). The bodies only let tests run.
 */
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = null;
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = null;
        this.stringValue = stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }
}
