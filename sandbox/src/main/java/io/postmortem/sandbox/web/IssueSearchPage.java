package io.postmortem.sandbox.web;

import io.postmortem.core.access.Actors;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.TicketStore;

import java.util.List;
import java.util.Optional;

/**
 * Jira's issue navigator ({@code /issues/?jql=...}) for the queries the dashboards link to: one of the product's
 * JQL functions, answered by the plugin's own {@code JqlQueries}; the selected issues as a table. Any other query
 * is refused with a message saying what the sandbox understands.
 */
public final class IssueSearchPage implements Pages.Page {
    private final ProductJql jql;
    private final Actors actors;
    private final TicketStore tickets;

    public IssueSearchPage(ProductJql jql, Actors actors, TicketStore tickets) {
        this.jql = jql;
        this.actors = actors;
        this.tickets = tickets;
    }

    @Override
    public String render(Pages.PageRequest request) {
        String[] given = request.parameters().get("jql");
        String query = given == null || given.length == 0 ? "" : given[0];
        StringBuilder html = new StringBuilder(2048);
        html.append("<form class=\"aui pm-jql-form\" method=\"get\" action=\"/jira/issues/\">")
                .append("<div class=\"field-group\"><label for=\"jql\">JQL</label>")
                .append("<input class=\"text long-field\" type=\"text\" id=\"jql\" name=\"jql\" value=\"")
                .append(Html.escape(query)).append("\">")
                .append("<button class=\"aui-button\" type=\"submit\">Search</button></div></form>");
        if (query.isBlank()) {
            return Layout.panel("Search", html.append(unknown("Give a query.")).toString());
        }
        Optional<ProductJql.Call> call = ProductJql.parse(query);
        if (call.isEmpty()) {
            return Layout.panel("Search", html.append(unknown("The sandbox does not understand this query.")).toString());
        }
        List<String> keys;
        try {
            keys = jql.run(call.get(), actors.of(request.username()));
        } catch (ValidationException | NotFoundException | ForbiddenException refused) {
            return Layout.panel("Search", html.append("<div class=\"aui-message aui-message-error\" id=\"jql-error\"><p>")
                    .append(Html.escape(refused.getMessage())).append("</p></div>").toString());
        }
        html.append("<p id=\"issue-count\" data-count=\"").append(keys.size()).append("\">")
                .append(keys.size()).append(keys.size() == 1 ? " issue" : " issues").append("</p>");
        if (!keys.isEmpty()) {
            html.append("<table class=\"aui\" id=\"issuetable\"><thead><tr><th>Key</th><th>Summary</th><th>Status</th>")
                    .append("</tr></thead><tbody>");
            for (String key : keys) {
                Optional<Issue> issue = tickets.find(key);
                html.append("<tr class=\"issuerow\" data-issuekey=\"").append(Html.escape(key)).append("\">")
                        .append("<td class=\"issuekey\"><a class=\"issue-link\" href=\"/jira/browse/")
                        .append(Html.escape(key)).append("\">").append(Html.escape(key)).append("</a></td>")
                        .append("<td class=\"summary\">").append(Html.escape(issue.map(Issue::summary).orElse(""))).append("</td>")
                        .append("<td class=\"status\">").append(Html.escape(issue.map(Issue::status).orElse(""))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return Layout.panel("Search", html.toString());
    }

    private static String unknown(String why) {
        return "<div class=\"aui-message aui-message-warning\" id=\"jql-unknown\"><p class=\"title\"><strong>"
                + Html.escape(why) + "</strong></p><p>The sandbox's issue search answers only the product's JQL "
                + "functions, for example <code>issue in actionsOf(\"payments\", \"open\")</code>. It knows "
                + Html.escape(String.join("(), ", ProductJql.functionNames())) + "().</p></div>";
    }
}
