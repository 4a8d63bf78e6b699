package io.postmortem.plugin.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.core.accountability.ActionFigure;
import io.postmortem.core.accountability.JqlQueries;
import io.postmortem.core.accountability.PostmortemFigure;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.shared.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the product's JQL functions share: checking the arguments against the configured platforms, teams and figures
 * (so a typo is reported in the issue navigator instead of matching nothing), asking {@link JqlQueries} as the
 * searcher, and answering issue ids (what Jira's issue index uses) of only the issues the searcher may browse.
 */
abstract class PostmortemJqlFunction extends AbstractJqlFunction {
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]+");

    /** What an argument position takes. */
    enum Argument {
        PLATFORM_OR_TEAM, ACTION_FIGURE, POSTMORTEM_FIGURE, ISSUE_KEY, WORDS
    }

    private final String usage;
    private final int minimum;
    private final List<Argument> arguments;
    private final JqlQueries queries;
    private final Actors actors;
    private final ConfigurationStore configuration;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final HostCalls host;

    /** Reading the function's arguments and the search context is not shown for Jira 10/11: guarded. */
    static final String FEATURE = "jql-functions";

    PostmortemJqlFunction(String usage, int minimum, List<Argument> arguments, JqlQueries queries, Actors actors,
                          ConfigurationStore configuration, IssueManager issueManager,
                          PermissionManager permissionManager, HostCalls host) {
        this.host = host;
        this.usage = usage;
        this.minimum = minimum;
        this.arguments = List.copyOf(arguments);
        this.queries = queries;
        this.actors = actors;
        this.configuration = configuration;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
    }

    /** The issue keys the function answers for {@code actor}; arguments have been validated. */
    abstract List<String> keys(JqlQueries queries, Actor actor, List<String> args);

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        // Off, validation answers nothing at all rather than failing Jira's search; getValues then answers no issues.
        return host.callOr(FEATURE, () -> validated(operand), () -> null);
    }

    private MessageSet validated(FunctionOperand operand) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.size() < minimum || args.size() > arguments.size()) {
            messages.addErrorMessage("Use " + usage + ": " + operand.getName() + " takes "
                    + (minimum == arguments.size() ? String.valueOf(minimum) : minimum + " to " + arguments.size())
                    + " argument" + (arguments.size() == 1 ? "" : "s") + ", not " + args.size() + ".");
            return messages;
        }
        Directory directory = null;
        for (int i = 0; i < args.size(); i++) {
            String value = args.get(i) == null ? "" : args.get(i).trim();
            switch (arguments.get(i)) {
                case PLATFORM_OR_TEAM -> {
                    if (directory == null) {
                        directory = configuration.load().directory();
                    }
                    if (directory.platform(value).isEmpty() && directory.team(value).isEmpty()) {
                        messages.addErrorMessage(operand.getName() + ": no platform or team \"" + value
                                + "\" is configured in Postmortem for Jira. Give a platform or team slug.");
                    }
                }
                case ACTION_FIGURE -> {
                    if (ActionFigure.parse(value).isEmpty()) {
                        messages.addErrorMessage(operand.getName() + ": unknown figure \"" + value + "\". Use one of: "
                                + Arrays.stream(ActionFigure.values()).map(ActionFigure::argument).collect(Collectors.joining(", ")) + ".");
                    }
                }
                case POSTMORTEM_FIGURE -> {
                    if (PostmortemFigure.parse(value).isEmpty()) {
                        messages.addErrorMessage(operand.getName() + ": unknown figure \"" + value + "\". Use one of: "
                                + Arrays.stream(PostmortemFigure.values()).map(PostmortemFigure::argument).collect(Collectors.joining(", ")) + ".");
                    }
                }
                case WORDS -> {
                    if (value.isEmpty()) {
                        messages.addErrorMessage(operand.getName() + ": give the words to search for, e.g. \"retry storm\".");
                    }
                }
                case ISSUE_KEY -> {
                    if (!ISSUE_KEY.matcher(value).matches()) {
                        messages.addErrorMessage(operand.getName() + ": \"" + value
                                + "\" is not an issue key. Give the postmortem's key, e.g. PM-42.");
                    }
                }
            }
        }
        return messages;
    }

    /**
     * The searcher's answer as issue ids. Anonymous searches get nothing (the figures are about the projects a user
     * can browse); each key is resolved through Jira so a deleted ticket is skipped (and a moved one found under its
     * new key). Unless the search overrides security, an issue is kept only if the searcher may browse it, and Jira is
     * asked once per project rather than once per issue: a function answering 100,000 Problem tickets in 60 team
     * projects asks 60 times. Only an issue with a security level is asked about on its own (issue security decides
     * for it, not the project). {@link JqlQueries} has already narrowed the keys to the projects the searcher browses
     * through the plugin's permissions port; this holds the answer to Jira's word on the project the issue is in now.
     */
    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        return host.callOr(FEATURE, () -> values(context, operand), List::of);
    }

    private List<QueryLiteral> values(QueryCreationContext context, FunctionOperand operand) {
        ApplicationUser user = context.getApplicationUser();
        if (user == null) {
            return List.of();
        }
        List<String> keys;
        try {
            keys = keys(queries, actors.of(user.getUsername()), trimmed(operand.getArgs()));
        } catch (ValidationException e) {
            return List.of(); // validate() has reported it; a query must still run
        }
        boolean checked = !context.isSecurityOverriden();
        Map<Long, Boolean> browsable = new HashMap<>();
        List<QueryLiteral> literals = new ArrayList<>(keys.size());
        for (String key : keys) {
            Issue issue = issueManager.getIssueObject(key);
            if (issue == null) {
                continue;
            }
            if (checked && !mayBrowse(issue, user, browsable)) {
                continue;
            }
            literals.add(new QueryLiteral(operand, issue.getId()));
        }
        return literals;
    }

    /**
     * Whether the searcher may browse the issue: asked of Jira once per project in this search, or for the issue
     * itself when it has a security level.
     */
    private boolean mayBrowse(Issue issue, ApplicationUser user, Map<Long, Boolean> browsable) {
        if (issue.getSecurityLevelId() != null) {
            return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
        }
        Project project = issue.getProjectObject();
        if (project == null) {
            return false;
        }
        return browsable.computeIfAbsent(project.getId(),
                id -> permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user));
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return minimum;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    static String argument(List<String> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    private static List<String> trimmed(List<String> args) {
        return args.stream().map(a -> a == null ? "" : a.trim()).toList();
    }
}
