package io.postmortem.sandbox.web;

import io.postmortem.core.access.Actor;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.learning.Library;
import io.postmortem.core.learning.LibraryQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of JQL the sandbox understands: one of the product's JQL functions, as the dashboards link to it,
 * e.g. {@code issue in actionsOf("payments", "overdue")}. Arguments are double-quoted strings (with \" and \\) or
 * bare words; function names are case-insensitive, as in Jira.
 */
public final class ProductJql {
    private static final Pattern CALL = Pattern.compile(
            "^\\s*(?:issue\\s+in\\s+)?([A-Za-z]+)\\s*\\((.*)\\)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A parsed function call. */
    public record Call(String function, List<String> arguments) {
        public Call {
            arguments = List.copyOf(arguments);
        }

        String argument(int index) {
            return index < arguments.size() ? arguments.get(index) : null;
        }
    }

    private enum Function {
        ACTIONSOF("actionsOf", 1, 2),
        OVERDUEACTIONS("overdueActions", 0, 1),
        ACTIONSOFPOSTMORTEM("actionsOfPostmortem", 1, 1),
        POSTMORTEMSOVERDUE("postmortemsOverdue", 0, 1),
        POSTMORTEMSOF("postmortemsOf", 1, 2),
        POSTMORTEMLIBRARY("postmortemLibrary", 1, 1);

        final String jqlName;
        final int min;
        final int max;

        Function(String jqlName, int min, int max) {
            this.jqlName = jqlName;
            this.min = min;
            this.max = max;
        }

        static Optional<Function> named(String name) {
            for (Function f : values()) {
                if (f.jqlName.equalsIgnoreCase(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final JqlQueries queries;
    private final Library library;

    public ProductJql(JqlQueries queries, Library library) {
        this.queries = queries;
        this.library = library;
    }

    /** The call, when the text is exactly one of the product's functions with a number of arguments it takes. */
    public static Optional<Call> parse(String jql) {
        if (jql == null) {
            return Optional.empty();
        }
        Matcher matcher = CALL.matcher(jql);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Function> function = Function.named(matcher.group(1));
        Optional<List<String>> arguments = arguments(matcher.group(2));
        if (function.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        int count = arguments.get().size();
        if (count < function.get().min || count > function.get().max) {
            return Optional.empty();
        }
        return Optional.of(new Call(function.get().jqlName, arguments.get()));
    }

    /** The issue keys the call selects for the viewer (core exceptions for unknown names or figures). */
    public List<String> run(Call call, Actor actor) {
        Function function = Function.named(call.function()).orElseThrow();
        return switch (function) {
            case ACTIONSOF -> queries.actionsOf(actor, call.argument(0), call.argument(1));
            case OVERDUEACTIONS -> queries.overdueActions(actor, call.argument(0));
            case ACTIONSOFPOSTMORTEM -> queries.actionsOfPostmortem(actor, call.argument(0));
            case POSTMORTEMSOVERDUE -> queries.postmortemsOverdue(actor, call.argument(0));
            case POSTMORTEMSOF -> queries.postmortemsOf(actor, call.argument(0), call.argument(1));
            case POSTMORTEMLIBRARY -> library.search(new LibraryQuery(call.argument(0), null, null, null, null, null,
                    null, null, null, LibraryQuery.MAX_LIMIT), actor).stream().map(hit -> hit.entry().postmortemKey()).toList();
        };
    }

    /** Comma-separated quoted strings or bare words; empty when the list is malformed. */
    static Optional<List<String>> arguments(String text) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        i = skipSpaces(text, i);
        if (i == n) {
            return Optional.of(arguments);
        }
        while (true) {
            i = skipSpaces(text, i);
            if (i >= n) {
                return Optional.empty();
            }
            StringBuilder value = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(text.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    return Optional.empty();
                }
            } else {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || "-_.".indexOf(text.charAt(i)) >= 0)) {
                    value.append(text.charAt(i++));
                }
                if (value.isEmpty()) {
                    return Optional.empty();
                }
            }
            arguments.add(value.toString());
            i = skipSpaces(text, i);
            if (i == n) {
                return Optional.of(arguments);
            }
            if (text.charAt(i) != ',') {
                return Optional.empty();
            }
            i++;
        }
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The function names, for the page's help text. */
    static List<String> functionNames() {
        List<String> names = new ArrayList<>();
        for (Function f : Function.values()) {
            names.add(f.jqlName);
        }
        return names;
    }
}
