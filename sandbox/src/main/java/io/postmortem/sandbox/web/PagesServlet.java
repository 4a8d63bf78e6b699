package io.postmortem.sandbox.web;

import io.postmortem.core.people.Person;
import io.postmortem.sandbox.SandboxWiring;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/** The sandbox's pages: login, the issue view, the outbox, and the product's pages (or their placeholders). */
public final class PagesServlet extends HttpServlet {
    private final SandboxWiring wiring;
    private final IssuePage issuePage;
    private final OutboxPage outboxPage;

    public PagesServlet(SandboxWiring wiring) {
        this.wiring = wiring;
        this.issuePage = new IssuePage(wiring);
        this.outboxPage = new OutboxPage(wiring.outbox());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.equals("/login.jsp")) {
            write(response, 200, LoginPage.render(request.getParameter("os_destination"), false));
            return;
        }
        if (path.equals("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect("/jira/login.jsp");
            return;
        }
        if (path.equals("/") || path.isEmpty()) {
            response.sendRedirect("/jira" + Pages.DASHBOARDS);
            return;
        }
        String username = wiring.currentUser().username().orElseThrow();
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
            write(response, 200, Layout.page("Outbox", viewer, path, outboxPage.render(viewer)));
            return;
        }
        if (path.equals(Pages.ADMINISTRATION) && !viewer.administrator()) {
            write(response, 403, Layout.page("Administrator access", viewer, path, Layout.panel("Administrator access",
                    "<div class=\"aui-message aui-message-warning\"><p>Only Jira administrators can open this page.</p></div>")));
            return;
        }
        var page = wiring.pages().page(path);
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
        if (!path(request).equals("/login.jsp")) {
            response.sendError(405);
            return;
        }
        String username = request.getParameter("os_username");
        String destination = request.getParameter("os_destination");
        if (!wiring.people().authenticates(username, request.getParameter("os_password"))) {
            write(response, 401, LoginPage.render(destination, true));
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(AuthFilter.SESSION_USER, username);
        boolean local = destination != null && destination.startsWith("/") && !destination.startsWith("//");
        response.sendRedirect("/jira" + (local ? destination : Pages.DASHBOARDS));
    }

    private Layout.Viewer viewer(String username) {
        Person person = wiring.people().person(username).orElseThrow();
        return new Layout.Viewer(person, wiring.permissions().isAdministrator(username));
    }

    private static String titleOf(String path) {
        return switch (path) {
            case Pages.DASHBOARDS -> "Dashboards";
            case Pages.LIBRARY -> "Postmortem library";
            case Pages.ADMINISTRATION -> "Postmortem administration";
            case Pages.ISSUES -> "Search";
            default -> "Postmortem for Jira";
        };
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(html);
    }
}
