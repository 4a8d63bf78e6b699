package io.postmortem.plugin.jira.incident;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.config.Configuration;
import io.postmortem.plugin.health.HostCalls;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.config.Source;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentEvent;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.shared.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Jira issues as incidents through the administrator's {@link IncidentMapping}: which issue types are
 * incidents, where severity, owning team and impacted teams are kept. Reads are not permission-checked here; the
 * use cases check {@code Permissions} first.
 * <p>
 * Team values of custom fields match a team's slug or name (ignoring case); components match a team's component;
 * the project matches a team's project. Severity from a custom field uses the mapping's value table, then the value
 * itself when it reads as P1..P5.
 * <p>
 * Guarded, because no public Jira 10/11 source shows these calls: the change history ({@value #HISTORY}) and the
 * timeline comments ({@value #COMMENTS}). Off, the incident's history lists only what the ticket itself says.
 */
public final class JiraIncidentTickets implements IncidentTickets {
    /** Comments containing this marker are timeline material. */
    static final String TIMELINE_MARKER = "#timeline";

    private final IssueManager issueManager;
    private final CustomFieldManager customFieldManager;
    private final ChangeHistoryManager changeHistoryManager;
    private final CommentManager commentManager;
    private final UserManager userManager;
    private final ConfigurationStore configurationStore;
    private final HostCalls host;

    static final String HISTORY = "incident-change-history";
    static final String COMMENTS = "incident-timeline-comments";
    static final String COMPONENTS_FEATURE = "incident-components";

    public JiraIncidentTickets(IssueManager issueManager, CustomFieldManager customFieldManager,
                               ChangeHistoryManager changeHistoryManager, CommentManager commentManager,
                               UserManager userManager, ConfigurationStore configurationStore, HostCalls host) {
        this.host = host;
        this.issueManager = issueManager;
        this.customFieldManager = customFieldManager;
        this.changeHistoryManager = changeHistoryManager;
        this.commentManager = commentManager;
        this.userManager = userManager;
        this.configurationStore = configurationStore;
    }

    @Override
    public Optional<Incident> find(String key) {
        Issue issue = issue(key);
        if (issue == null) {
            return Optional.empty();
        }
        Configuration configuration = configurationStore.load();
        IncidentMapping mapping = configuration.incidentMapping();
        if (!isIncident(issue, mapping)) {
            return Optional.empty();
        }
        Directory directory = configuration.directory();
        // Reading components is not shown for Jira 10/11 either: off, incidents match teams by field and project only.
        List<String> components = host.callOr(COMPONENTS_FEATURE, () -> componentNames(issue), List::of);
        List<String> owning = teams(issue, mapping.owningTeamSource(), mapping.owningTeamField(), components, directory);
        List<String> impacted = teams(issue, mapping.impactedTeamsSource(), mapping.impactedTeamsField(), components,
                directory);
        Project project = issue.getProjectObject();
        return Optional.of(new Incident(
                issue.getKey(),
                project == null ? null : project.getKey(),
                issue.getSummary(),
                severity(issue, mapping),
                owning.isEmpty() ? null : owning.get(0),
                impacted,
                components,
                instant(issue.getCreated()),
                null,
                null,
                instant(issue.getResolutionDate()),
                username(issue.getReporter()),
                username(issue.getAssignee())));
    }

    @Override
    public boolean exists(String key) {
        return issue(key) != null;
    }

    @Override
    public List<IncidentEvent> history(String key) {
        Issue issue = issue(key);
        if (issue == null) {
            return List.of();
        }
        IncidentMapping mapping = configurationStore.load().incidentMapping();
        List<IncidentEvent> events = new ArrayList<>();
        if (issue.getCreated() != null) {
            events.add(new IncidentEvent("created", instant(issue.getCreated()), username(issue.getReporter()),
                    IncidentEvent.Kind.CREATED, null, null));
        }
        String severityFieldName = severityFieldName(mapping);
        events.addAll(host.callOr(HISTORY, () -> {
            List<IncidentEvent> changes = new ArrayList<>();
            for (ChangeHistory change : nonNull(changeHistoryManager.getChangeHistories(issue))) {
                Instant at = instant(change.getTimePerformed());
                String author = username(change.getAuthorObject());
                for (ChangeItemBean item : nonNull(change.getChangeItemBeans())) {
                    toEvent(change.getId(), at, author, item, mapping, severityFieldName).ifPresent(changes::add);
                }
            }
            return changes;
        }, List::of));
        events.addAll(host.callOr(COMMENTS, () -> {
            List<IncidentEvent> comments = new ArrayList<>();
            for (Comment comment : nonNull(commentManager.getComments(issue))) {
                String body = comment.getBody();
                if (body != null && body.toLowerCase(Locale.ROOT).contains(TIMELINE_MARKER)) {
                    comments.add(new IncidentEvent("comment:" + comment.getId(), instant(comment.getCreated()),
                            username(comment.getAuthorApplicationUser()), IncidentEvent.Kind.TIMELINE_COMMENT, null,
                            withoutMarker(body)));
                }
            }
            return comments;
        }, List::of));
        events.sort(Comparator.comparing(IncidentEvent::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(events);
    }

    private Optional<IncidentEvent> toEvent(Long changeId, Instant at, String author, ChangeItemBean item,
                                            IncidentMapping mapping, String severityFieldName) {
        String field = item.getField();
        if (field == null) {
            return Optional.empty();
        }
        String id = "change:" + changeId + ":" + field;
        boolean systemField = !ChangeItemBean.CUSTOM_FIELD.equalsIgnoreCase(String.valueOf(item.getFieldType()));
        if (systemField && field.equalsIgnoreCase("status")) {
            return Optional.of(new IncidentEvent(id, at, author, IncidentEvent.Kind.STATUS_CHANGED,
                    item.getFromString(), item.getToString()));
        }
        if (systemField && field.equalsIgnoreCase("assignee")) {
            return Optional.of(new IncidentEvent(id, at, author, IncidentEvent.Kind.ASSIGNEE_CHANGED,
                    usernameOfKey(item.getFrom()), usernameOfKey(item.getTo())));
        }
        if (systemField && field.equalsIgnoreCase("resolution") && item.getTo() != null) {
            return Optional.of(new IncidentEvent(id, at, author, IncidentEvent.Kind.RESOLVED,
                    item.getFromString(), item.getToString()));
        }
        boolean severityChange = mapping.severitySource() == Source.PRIORITY
                ? systemField && field.equalsIgnoreCase("priority")
                : !systemField && severityFieldName != null && field.equalsIgnoreCase(severityFieldName);
        if (severityChange) {
            return Optional.of(new IncidentEvent(id, at, author, IncidentEvent.Kind.SEVERITY_CHANGED,
                    severityLabel(item.getFromString(), mapping), severityLabel(item.getToString(), mapping)));
        }
        return Optional.empty();
    }

    private boolean isIncident(Issue issue, IncidentMapping mapping) {
        IssueType type = issue.getIssueType();
        String name = type == null ? null : type.getName();
        return name != null && mapping.incidentIssueTypes().stream().anyMatch(name::equalsIgnoreCase);
    }

    private Severity severity(Issue issue, IncidentMapping mapping) {
        if (mapping.severitySource() == Source.PRIORITY) {
            Priority priority = issue.getPriority();
            return priority == null ? null : severityOf(priority.getName(), mapping).orElse(null);
        }
        if (mapping.severitySource() == Source.CUSTOM_FIELD) {
            return valuesOf(issue, mapping.severityField()).stream()
                    .map(value -> severityOf(value, mapping))
                    .flatMap(Optional::stream)
                    .findFirst().orElse(null);
        }
        return null;
    }

    private static Optional<Severity> severityOf(String value, IncidentMapping mapping) {
        if (value == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Severity> entry : mapping.severityValues().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(value.trim())) {
                return Optional.of(entry.getValue());
            }
        }
        return Severity.parse(value);
    }

    /** "P1" when the value maps to a severity, else the value as Jira shows it. */
    private static String severityLabel(String value, IncidentMapping mapping) {
        return severityOf(value, mapping).map(Severity::name).orElse(value);
    }

    private String severityFieldName(IncidentMapping mapping) {
        if (mapping.severitySource() != Source.CUSTOM_FIELD || mapping.severityField() == null) {
            return null;
        }
        CustomField field = customFieldManager.getCustomFieldObject(mapping.severityField());
        return field == null ? null : field.getName();
    }

    private List<String> teams(Issue issue, Source source, String fieldId, List<String> components,
                               Directory directory) {
        if (source == null) {
            return List.of();
        }
        Set<String> slugs = new LinkedHashSet<>();
        switch (source) {
            case CUSTOM_FIELD -> valuesOf(issue, fieldId).forEach(value ->
                    teamByValue(value, directory).ifPresent(team -> slugs.add(team.slug())));
            case COMPONENTS -> components.forEach(component ->
                    directory.teamByComponent(component).ifPresent(team -> slugs.add(team.slug())));
            case PROJECT -> {
                Project project = issue.getProjectObject();
                if (project != null && project.getKey() != null) {
                    directory.teamByProject(project.getKey()).ifPresent(team -> slugs.add(team.slug()));
                }
            }
            case PRIORITY -> {
                // Priority says nothing about teams; a mapping that asks for it finds none.
            }
        }
        return List.copyOf(slugs);
    }

    private static Optional<Team> teamByValue(String value, Directory directory) {
        String wanted = value.trim();
        return directory.teams().stream()
                .filter(team -> wanted.equalsIgnoreCase(team.slug()) || wanted.equalsIgnoreCase(team.name()))
                .findFirst();
    }

    /** Text values of a custom field: a select's option, a multi-select's options, or plain text. */
    private List<String> valuesOf(Issue issue, String fieldId) {
        if (fieldId == null || fieldId.isBlank()) {
            return List.of();
        }
        CustomField field = customFieldManager.getCustomFieldObject(fieldId);
        if (field == null) {
            return List.of();
        }
        Object value = issue.getCustomFieldValue(field);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(one -> textOf(one).ifPresent(values::add));
        } else {
            textOf(value).ifPresent(values::add);
        }
        return values;
    }

    private static Optional<String> textOf(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof Option option ? option.getValue() : value.toString();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    private static List<String> componentNames(Issue issue) {
        return nonNull(issue.getComponents()).stream()
                .map(ProjectComponent::getName)
                .filter(Objects::nonNull)
                .toList();
    }

    private Issue issue(String key) {
        return key == null || key.isBlank() ? null : issueManager.getIssueObject(key);
    }

    private String usernameOfKey(String userKey) {
        if (userKey == null) {
            return null;
        }
        ApplicationUser user = userManager.getUserByKey(userKey);
        return user == null ? userKey : user.getUsername();
    }

    private static String username(ApplicationUser user) {
        return user == null ? null : user.getUsername();
    }

    private static String withoutMarker(String body) {
        return body.replaceAll("(?i)" + TIMELINE_MARKER, "").trim();
    }

    private static Instant instant(Date date) {
        return date == null ? null : Instant.ofEpochMilli(date.getTime());
    }

    private static <T> Collection<T> nonNull(Collection<T> items) {
        return items == null ? List.of() : items;
    }
}
