package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import java.util.List;

/**
 * A JQL function module ({@code <jql-function>}). Every abstract method of the real interface is declared, because
 * the plugin's functions implement it (through {@link AbstractJqlFunction}).
 * <p>
 * Sources: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * ("@PublicSpi public abstract class AbstractJqlFunction ... implements JqlFunction"; it implements
 * {@code init(JqlFunctionModuleDescriptor)}, {@code getFunctionName()}, {@code isList()} and leaves "getDataType,
 * getMinimumNumberOfExpectedArguments, getValues, validate" to subclasses) and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/LastLoginFunction.html
 * ({@code MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause)},
 * {@code List<QueryLiteral> getValues(QueryCreationContext, FunctionOperand, TerminalClause)},
 * {@code int getMinimumNumberOfExpectedArguments()}, {@code JiraDataType getDataType()}). Verified on the Jira 7.x
 * javadoc; the same four signatures compile against Jira 11.3 in codescape/jira-scrum-poker's
 * ActiveScrumPokerSessionsJqlFunction (third party). Whether Jira 11 added default methods could not be checked.
 */
public interface JqlFunction {

    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(com.atlassian.jira.user.ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    boolean isList();

    JiraDataType getDataType();
}
