package com.atlassian.jira.plugin.jql.function;

/**
 * Jira's base class of JQL functions: it keeps the module descriptor and answers the function's name and list-ness
 * from it; subclasses implement validate, getValues, getMinimumNumberOfExpectedArguments and getDataType.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * ("@PublicSpi public abstract class AbstractJqlFunction extends Object implements JqlFunction"; public constructor
 * {@code AbstractJqlFunction()}; {@code void init(JqlFunctionModuleDescriptor)}, {@code String getFunctionName()},
 * {@code boolean isList()}, {@code JqlFunctionModuleDescriptor getModuleDescriptor()}; methods of JqlFunction left
 * abstract: "getDataType, getMinimumNumberOfExpectedArguments, getValues, validate"). Not declared because the
 * plugin does not call them: {@code getI18n()}, {@code validateNumberOfArgs(FunctionOperand, int)}. The bodies here
 * only let tests run; at run time Jira's own class is used.
 */
public abstract class AbstractJqlFunction implements JqlFunction {
    private JqlFunctionModuleDescriptor moduleDescriptor;

    public AbstractJqlFunction() {
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        this.moduleDescriptor = moduleDescriptor;
    }

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        return moduleDescriptor;
    }

    @Override
    public String getFunctionName() {
        return moduleDescriptor.getFunctionName();
    }

    @Override
    public boolean isList() {
        return moduleDescriptor.isList();
    }
}
