package io.postmortem.sandbox.web;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.TicketStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issue view at /jira/browse/KEY for incidents, postmortems and problem tickets: the issue's fields on the
 * left, people and dates on the right, and the plugin's web panels in Jira's left and right panel locations.
 */
final class IssuePage {
    private static final Logger log = LoggerFactory.getLogger(IssuePage.class);

    /** Jira's link types: name to (outward, inward) descriptions. */
    private static final Map<String, String[]> LINK_TYPES = Map.of(
            "Relates", new String[]{"relates to", "relates to"},
            "Cause", new String[]{"causes", "is caused by"},
            "Postmortem", new String[]{"has postmortem", "is postmortem of"},
            "Action", new String[]{"has action", "is action of"},
            "Duplicate", new String[]{"duplicates", "is duplicated by"});

    record Result(int status, String html, String redirectTo) {
    }

    private final TicketStore tickets;
    private final SandboxPermissions permissions;
    private final SandboxPeople people;
    private final ConfigurationStore configurationStore;
    private final IssuePanels panels;
    private final SandboxTemplateRenderer renderer;
    private final RequiredWebResources webResources;

    IssuePage(TicketStore tickets, SandboxPermissions permissions, SandboxPeople people,
              ConfigurationStore configurationStore, IssuePanels panels, SandboxTemplateRenderer renderer,
              RequiredWebResources webResources) {
        this.webResources = webResources;
        this.tickets = tickets;
        this.permissions = permissions;
        this.people = people;
        this.configurationStore = configurationStore;
        this.panels = panels;
        this.renderer = renderer;
    }

    Result render(String key, Layout.Viewer viewer) {
        String username = viewer.person().username();
        TicketStore store = tickets;
        Optional<String> current = store.currentKey(key);
        if (current.isPresent() && !current.get().equals(key)) {
            return new Result(302, null, current.get());
        }
        Optional<Issue> found = store.find(key);
        if (found.isEmpty() || !permissions.canBrowseIssue(username, key)) {
            String body = "<div class=\"aui-message aui-message-warning\" id=\"issue-permission-violation\">"
                    + "<p class=\"title\"><strong>You can't view this issue</strong></p>"
                    + "<p>It may have been deleted or you don't have permission to view it.</p></div>";
            return new Result(found.isEmpty() ? 404 : 403,
                    Layout.page("Permission Violation", viewer, null, Layout.panel("Permission Violation", body)), null);
        }
        Issue issue = found.get();
        ZoneId zone = viewer.zone();
        // Only what the panels drawn below require reaches the page, as Jira's page builder collects it.
        webResources.drain();
        Directory directory = configurationStore.load().directory();
        // The web fragment context Jira gives the issue view's panels: the viewed issue under "issue".
        Map<String, Object> context = Map.of("issue", PanelIssue.of(issue));

        StringBuilder details = new StringBuilder("<dl class=\"property-list\" id=\"issuedetails\">");
        property(details, "type-val", "Type", Html.escape(issue.type()));
        property(details, "status-val", "Status", "<span class=\"aui-lozenge " + lozenge(issue.status()) + "\">"
                + Html.escape(issue.status()) + "</span>");
        property(details, "priority-val", "Priority", issue.priority() == null ? "None" : Html.escape(issue.priority()));
        property(details, "resolution-val", "Resolution", issue.resolution() == null ? "Unresolved"
                : Html.escape(issue.resolution()));
        // Jira shows the labels of every issue, "None" when it has none.
        List<String> labels = issue.values(SandboxFields.LABELS);
        property(details, "labels-val", "Labels", labels.isEmpty() ? "None" : String.join(" ", labels.stream()
                .map(label -> "<span class=\"lozenge\">" + Html.escape(label) + "</span>").toList()));
        for (Map.Entry<String, List<String>> field : issue.fields().entrySet()) {
            String id = field.getKey();
            if (id.equals(SandboxFields.STARTED_AT) || id.equals(SandboxFields.DETECTED_AT)
                    || id.equals(SandboxFields.LABELS) || id.equals(SandboxFields.DUE_DATE)
                    || id.equals(io.postmortem.sandbox.tickets.SandboxProblemTickets.REQUEST_PROPERTY)) {
                // (the last: an app's entity property, which Jira's issue view does not show)
                continue;
            }
            String value = id.equals(SandboxFields.OWNING_TEAM) || id.equals(SandboxFields.IMPACTED_TEAMS)
                    ? teams(field.getValue(), directory) : Html.escape(String.join(", ", field.getValue()));
            property(details, id + "-val", SandboxFields.nameOf(id), value.isEmpty() ? "None" : value);
        }
        details.append("</dl>");

        StringBuilder main = new StringBuilder();
        module(main, "details-module", "Details", details.toString());
        if (issue.description() != null && !issue.description().isBlank()) {
            module(main, "descriptionmodule", "Description",
                    "<div class=\"issue-description\" id=\"description-val\">" + Html.escape(issue.description()) + "</div>");
        }
        module(main, "linkingmodule", "Issue Links", links(issue.key()));
        panels(main, IssuePanels.LEFT, context);
        module(main, "activitymodule", "Activity", activity(issue.key(), zone));

        StringBuilder people = new StringBuilder("<dl class=\"property-list\">");
        property(people, "assignee-val", "Assignee", name(issue.assignee(), "Unassigned"));
        property(people, "reporter-val", "Reporter", name(issue.reporter(), "Anonymous"));
        people.append("</dl>");
        StringBuilder dates = new StringBuilder("<dl class=\"property-list\">");
        issue.value(SandboxFields.DUE_DATE).ifPresent(due ->
                property(dates, "due-date", "Due", Html.escape(due)));
        property(dates, "created-val", "Created", Layout.time(issue.createdAt(), zone));
        property(dates, "updated-val", "Updated", Layout.time(issue.updatedAt(), zone));
        if (issue.resolvedAt() != null) {
            property(dates, "resolutiondate-val", "Resolved", Layout.time(issue.resolvedAt(), zone));
        }
        issue.instant(SandboxFields.STARTED_AT).ifPresent(at ->
                property(dates, SandboxFields.STARTED_AT + "-val", "Started", Layout.time(at, zone)));
        issue.instant(SandboxFields.DETECTED_AT).ifPresent(at ->
                property(dates, SandboxFields.DETECTED_AT + "-val", "Detected", Layout.time(at, zone)));
        dates.append("</dl>");
        StringBuilder side = new StringBuilder();
        module(side, "peoplemodule", "People", people.toString());
        module(side, "datesmodule", "Dates", dates.toString());
        panels(side, IssuePanels.RIGHT, context);

        String project = store.projectName(issue.projectKey()).orElse(issue.projectKey());
        String header = "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">"
                + "<div class=\"aui-page-header-main\"><ol class=\"aui-nav aui-nav-breadcrumbs\">"
                + "<li><span id=\"project-name-val\">" + Html.escape(project) + "</span></li>"
                + "<li><a id=\"key-val\" href=\"/jira/browse/" + Html.escape(issue.key()) + "\">"
                + Html.escape(issue.key()) + "</a></li></ol>"
                + "<h1 id=\"summary-val\">" + Html.escape(issue.summary()) + "</h1></div></div></header>";
        String content = PluginResources.requiredTags(webResources.drain()) + header + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\"><div class=\"issue-columns\">"
                + "<div class=\"issue-main\" id=\"viewissuesidebar-left\">" + main + "</div>"
                + "<div class=\"issue-side\" id=\"viewissuesidebar\">" + side + "</div>"
                + "</div></section></div></div>";
        return new Result(200, Layout.page("[" + issue.key() + "] " + issue.summary(), viewer, null, content), null);
    }

    private void panels(StringBuilder out, String location, Map<String, Object> context) {
        for (IssuePanels.IssuePanel panel : panels.at(location, context)) {
            String body;
            try {
                body = renderer.render(panel.module().template(), panel.templateContext(context));
            } catch (RuntimeException e) {
                log.error("Web panel {} failed on {}", panel.key(), context.get("issue"), e);
                body = "<div class=\"aui-message aui-message-error\"><p>This panel failed: "
                        + Html.escape(e.getMessage()) + "</p></div>";
            }
            module(out, panel.key(), panel.label(), body);
        }
    }

    private String links(String key) {
        List<TicketStore.Link> links = tickets.links(key);
        if (links.isEmpty()) {
            return "<p class=\"no-links\">No links.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"links-list\" id=\"issue-links\">");
        for (TicketStore.Link link : links) {
            boolean outward = link.fromKey().equals(key);
            String other = outward ? link.toKey() : link.fromKey();
            String[] descriptions = LINK_TYPES.getOrDefault(link.type(), new String[]{link.type(), link.type()});
            Optional<Issue> target = tickets.find(other);
            html.append("<li><span class=\"link-type\">").append(Html.escape(outward ? descriptions[0] : descriptions[1]))
                    .append("</span> <a href=\"/jira/browse/").append(Html.escape(other)).append("\">")
                    .append(Html.escape(other)).append("</a> ")
                    .append(Html.escape(target.map(Issue::summary).orElse("")))
                    .append(target.map(t -> " <span class=\"aui-lozenge " + lozenge(t.status()) + "\">"
                            + Html.escape(t.status()) + "</span>").orElse(""))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private String activity(String key, ZoneId zone) {
        record Item(Instant at, String html) {
        }
        List<Item> items = new java.util.ArrayList<>();
        for (TicketStore.Comment comment : tickets.comments(key)) {
            items.add(new Item(comment.at(), "<div class=\"activity-item activity-comment\"><span class=\"who\">"
                    + name(comment.author(), "Anonymous") + "</span> commented " + Layout.time(comment.at(), zone)
                    + "<div class=\"issue-description\">" + Html.escape(comment.body()) + "</div></div>"));
        }
        for (TicketStore.Change change : tickets.history(key)) {
            String what = change.field().equals("created") ? "created the issue"
                    : "changed " + Html.escape(SandboxFields.nameOf(change.field())) + " from "
                    + quoted(change.from()) + " to " + quoted(change.to());
            items.add(new Item(change.at(), "<div class=\"activity-item activity-change\"><span class=\"who\">"
                    + name(change.author(), "Anonymous") + "</span> " + what + " " + Layout.time(change.at(), zone)
                    + "</div>"));
        }
        items.sort(java.util.Comparator.comparing(Item::at));
        StringBuilder html = new StringBuilder("<div id=\"activity\">");
        items.forEach(item -> html.append(item.html()));
        return html.append("</div>").toString();
    }

    private String name(String username, String none) {
        if (username == null) {
            return none;
        }
        return people.person(username)
                .map(p -> "<span class=\"user-hover\" title=\"" + Html.escape(p.username()) + "\">"
                        + Html.escape(p.displayName()) + "</span>")
                .orElse(Html.escape(username));
    }

    private static String teams(List<String> slugs, Directory directory) {
        return String.join(", ", slugs.stream().map(slug -> directory.team(slug)
                .map(t -> "<span class=\"team\" title=\"" + Html.escape(t.slug()) + "\">" + Html.escape(t.name()) + "</span>")
                .orElse(Html.escape(slug))).toList());
    }

    private static String quoted(String value) {
        return value == null ? "none" : "\"" + Html.escape(value) + "\"";
    }

    private static String lozenge(String status) {
        return switch (status) {
            case SandboxFields.DONE -> "aui-lozenge-success";
            case SandboxFields.IN_PROGRESS -> "aui-lozenge-inprogress";
            default -> "aui-lozenge-default";
        };
    }

    private static void module(StringBuilder out, String id, String heading, String body) {
        out.append("<div class=\"module\" id=\"").append(Html.escape(id)).append("\"><h2>").append(Html.escape(heading))
                .append("</h2><div class=\"mod-content\">").append(body).append("</div></div>");
    }

    private static void property(StringBuilder out, String id, String label, String valueHtml) {
        out.append("<dt>").append(Html.escape(label)).append("</dt><dd id=\"").append(Html.escape(id)).append("\">")
                .append(valueHtml).append("</dd>");
    }
}
