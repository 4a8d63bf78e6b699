package io.postmortem.core.accountability;

import io.postmortem.core.access.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a linked query of the form {@code issue in fn("a", "b")} through JqlQueries, as Jira would call the function. */
final class JqlLinkRunner {
    private static final Pattern CALL = Pattern.compile("issue in (\\w+)\\((.*)\\)");
    private static final Pattern ARGUMENT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private JqlLinkRunner() {
    }

    static List<String> run(JqlQueries jql, Actor actor, String query) {
        Matcher call = CALL.matcher(query);
        if (!call.matches()) {
            throw new IllegalArgumentException("Not a function query: " + query);
        }
        List<String> args = new ArrayList<>();
        Matcher argument = ARGUMENT.matcher(call.group(2));
        while (argument.find()) {
            args.add(argument.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        String first = args.isEmpty() ? null : args.get(0);
        String second = args.size() < 2 ? null : args.get(1);
        return switch (call.group(1)) {
            case "actionsOf" -> jql.actionsOf(actor, first, second);
            case "overdueActions" -> jql.overdueActions(actor, first);
            case "actionsOfPostmortem" -> jql.actionsOfPostmortem(actor, first);
            case "postmortemsOverdue" -> jql.postmortemsOverdue(actor, first);
            case "postmortemsOf" -> jql.postmortemsOf(actor, first, second);
            default -> throw new IllegalArgumentException("Unknown function " + call.group(1));
        };
    }
}
