package com.atlassian.query.operand;

import java.util.Collection;
import java.util.List;

/**
 * A function call in a JQL query, with its arguments as written.
 * <p>
 * Source: https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html (constructors
 * {@code FunctionOperand(String name)}, {@code FunctionOperand(String name, Collection<String> args)},
 * {@code FunctionOperand(String name, String... args)}; {@code List<String> getArgs()}, {@code String getName()},
 * {@code String getDisplayString()}). The page does not show whether the class is final; it is declared non-final.
 * The bodies only let tests run.
 */
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name) {
        this(name, List.of());
    }

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    public FunctionOperand(String name, String... args) {
        this(name, List.of(args));
    }

    public List<String> getArgs() {
        return args;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayString() {
        return name + "(" + String.join(", ", args) + ")";
    }
}
