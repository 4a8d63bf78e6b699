package com.atlassian.query.operand;

/**
 * An operand of a JQL clause.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html ("getName ...
 * Specified by: getName in interface Operand", {@code String getDisplayString()} in interface Operand). Only these
 * two are declared; the plugin never implements Operand.
 */
public interface Operand {

    String getName();

    String getDisplayString();
}
