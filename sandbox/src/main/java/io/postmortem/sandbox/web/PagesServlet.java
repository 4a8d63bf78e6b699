package io.postmortem.sandbox.web;

import io.postmortem.core.people.Person;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.sandbox.host.Outbox;
import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.SandboxWebSudo;
import io.postmortem.sandbox.host.SandboxPermissions;
import io.postmortem.sandbox.host.ThreadBoundCurrentUser;
import io.postmortem.sandbox.tickets.TicketStore;
import org.springframework.context.ApplicationContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.postmortem.sandbox.demo.DemoOrganisation;

import java.io.IOException;
import java.util.UUID;

/** The sandbox's pages: login, the issue view, the outbox, and the product's pages (or their placeholders). */
public final class PagesServlet extends HttpServlet {
    private final ThreadBoundCurrentUser currentUser;
    private final SandboxPeople people;
    private final SandboxPermissions permissions;
    private final Pages pages = new Pages();
    private final IssuePage issuePage;
    private final OutboxPage outboxPage;
    private final LoginThrottle throttle;
    private final SandboxWebSudo webSudo;

    /** The host's beans come from the context; the plugin's panels from its descriptor. */
    public PagesServlet(ApplicationContext context, IssuePanels panels, LoginThrottle throttle) {
        this.throttle = throttle;
        this.webSudo = context.getBean(SandboxWebSudo.class);
        this.currentUser = context.getBean(ThreadBoundCurrentUser.class);
        this.people = context.getBean(SandboxPeople.class);
        this.permissions = context.getBean(SandboxPermissions.class);
        this.issuePage = new IssuePage(context.getBean(TicketStore.class), permissions, people,
                context.getBean(ConfigurationStore.class), panels, context.getBean(SandboxTemplateRenderer.class),
                context.getBean(RequiredWebResources.class));
        this.outboxPage = new OutboxPage(context.getBean(Outbox.class));
        pages.register(Pages.DASHBOARDS, context.getBean(DashboardsPage.class));
        pages.register(Pages.ISSUES, context.getBean(IssueSearchPage.class));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.equals("/login.jsp")) {
            write(response, 200, LoginPage.render(request.getParameter("os_destination"), null));
            return;
        }
        if (path.equals("/logout")) {
            // Logging out changes state, so it is a POST with the session's token; a GET (the header's link, or a
            // cross-site image) only asks, as Jira's logout confirmation does.
            HttpSession session = request.getSession(false);
            if (session == null || !(session.getAttribute(AuthFilter.SESSION_TOKEN) instanceof String token)) {
                response.sendRedirect("/jira/login.jsp");
                return;
            }
            write(response, 200, LogoutPage.render(token));
            return;
        }
        if (path.equals("/") || path.isEmpty()) {
            response.sendRedirect("/jira" + Pages.DASHBOARDS);
            return;
        }
        String moved = Pages.MOVED.get(path);
        if (moved != null) {
            response.sendRedirect("/jira" + moved + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        var current = currentUser.username();
        if (current.isEmpty()) {
            response.sendRedirect("/jira/login.jsp");
            return;
        }
        String username = current.get();
        Layout.Viewer viewer = viewer(username);
        if (path.startsWith("/browse/")) {
            IssuePage.Result result = issuePage.render(path.substring("/browse/".length()), viewer);
            if (result.redirectTo() != null) {
                response.sendRedirect("/jira/browse/" + result.redirectTo());
                return;
            }
            write(response, result.status(), result.html());
            return;
        }
        if (path.equals(Pages.OUTBOX)) {
            if (!permissions.canBrowseProject(username, DemoOrganisation.INCIDENT_PROJECT)) {
                // As GET /rest/sandbox/1.0/outbox: people's mail is for those who can see the organisation's work.
                write(response, 403, Layout.page("Outbox", viewer, path, Layout.panel("Outbox",
                        "<div class=\"aui-message aui-message-warning\" id=\"outbox-forbidden\"><p>You do not have "
                                + "permission to browse this Jira's projects, so you cannot read its mail.</p></div>")));
                return;
            }
            write(response, 200, Layout.page("Outbox", viewer, path, outboxPage.render(viewer)));
            return;
        }
        var page = pages.page(path);
        if (page.isPresent()) {
            String content = page.get().render(new Pages.PageRequest(username, request.getParameterMap()));
            write(response, 200, Layout.page(titleOf(path), viewer, path, content));
            return;
        }
        write(response, 404, Layout.page("Page not found", viewer, null, Layout.panel("Page not found",
                "<p>The sandbox has no page at " + Html.escape(path) + ".</p>")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (path(request).equals("/logout")) {
            logOut(request, response);
            return;
        }
        if (!path(request).equals("/login.jsp")) {
            response.sendError(405);
            return;
        }
        String username = request.getParameter("os_username");
        String destination = request.getParameter("os_destination");
        if (!throttle.allows(username)) {
            write(response, 429, LoginPage.render(destination, LoginPage.Failure.THROTTLED));
            return;
        }
        boolean authenticated = people.authenticates(username, request.getParameter("os_password"));
        throttle.record(username, authenticated);
        if (!authenticated) {
            write(response, 401, LoginPage.render(destination, LoginPage.Failure.WRONG_PASSWORD));
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(AuthFilter.SESSION_USER, username);
        request.getSession().setAttribute(AuthFilter.SESSION_TOKEN, UUID.randomUUID().toString());
        // The password was just given: the login starts the WebSudo session too.
        webSudo.confirmed(request.getSession());
        boolean local = destination != null && destination.startsWith("/") && !destination.startsWith("//");
        response.sendRedirect("/jira" + (local ? destination : Pages.DASHBOARDS));
    }

    private void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String token = request.getParameter("atl_token");
        if (session == null || token == null || !token.equals(session.getAttribute(AuthFilter.SESSION_TOKEN))) {
            write(response, 403, Layout.page("Log out", new Layout.Viewer(null, false), null, Layout.panel("Log out",
                    "<div class=\"aui-message aui-message-error\" id=\"logout-refused\"><p>This request did not come "
                            + "from the sandbox's own log-out form, so you are still logged in.</p></div>")));
            return;
        }
        session.invalidate();
        response.sendRedirect("/jira/login.jsp");
    }

    private Layout.Viewer viewer(String username) {
        Person person = people.person(username).orElseThrow();
        return new Layout.Viewer(person, permissions.isAdministrator(username));
    }

    private static String titleOf(String path) {
        return switch (path) {
            case Pages.DASHBOARDS -> "Dashboards";
            case Pages.ISSUES -> "Search";
            default -> "Postmortem for Jira";
        };
    }

    private static String path(HttpServletRequest request) {
        return RequestPaths.of(request);
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(html);
    }
}
