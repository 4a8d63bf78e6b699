package com.atlassian.jira.plugin.jql.function;

/**
 * The module descriptor of a {@code <jql-function>}: its {@code fname} and {@code list} elements.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * (its {@code getFunctionName()} and {@code isList()} are answered from this descriptor, given to {@code init}).
 * The descriptor's own page was not found; {@code String getFunctionName()} and {@code boolean isList()} are from
 * memory of JqlFunctionModuleDescriptor [UNVERIFIED]. The plugin never calls this type; only tests do.
 */
public interface JqlFunctionModuleDescriptor {

    String getFunctionName();

    boolean isList();
}
