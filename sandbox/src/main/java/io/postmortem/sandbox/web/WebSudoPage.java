package io.postmortem.sandbox.web;

import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.SandboxWebSudo;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Jira's "Administrator Access" page ({@code /secure/admin/WebSudoAuthenticate.jspa}): the logged-in user confirms
 * their password to start a WebSudo session ({@link SandboxWebSudo}), then goes back to the page that asked. The
 * form carries the session's token, so another site cannot post it; failed attempts count towards the login
 * throttle. {@code DELETE /rest/auth/1/websudo} (Jira's REST resource of that name) ends the WebSudo session.
 */
public final class WebSudoPage extends HttpServlet {
    public static final String REST_PATH = "/rest/auth/1/websudo";

    private final SandboxWebSudo webSudo;
    private final SandboxPeople people;
    private final LoginThrottle throttle;

    public WebSudoPage(SandboxWebSudo webSudo, SandboxPeople people, LoginThrottle throttle) {
        this.webSudo = webSudo;
        this.people = people;
        this.throttle = throttle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(AuthFilter.SESSION_USER) instanceof String)) {
            response.sendRedirect("/jira/login.jsp");
            return;
        }
        write(response, 200, session, destination(request), false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String token = request.getParameter("atl_token");
        if (session == null || !(session.getAttribute(AuthFilter.SESSION_USER) instanceof String user)
                || token == null || !token.equals(session.getAttribute(AuthFilter.SESSION_TOKEN))) {
            response.sendError(403, "This request did not come from the sandbox's own WebSudo form.");
            return;
        }
        if (!throttle.allows(user)) {
            write(response, 429, session, destination(request), true);
            return;
        }
        boolean confirmed = people.authenticates(user, request.getParameter("webSudoPassword"));
        throttle.record(user, confirmed);
        if (!confirmed) {
            write(response, 401, session, destination(request), true);
            return;
        }
        webSudo.confirmed(session);
        response.sendRedirect("/jira" + destination(request));
    }

    /** Ends the WebSudo session (Jira: {@code DELETE /rest/auth/1/websudo}); the login itself stays. */
    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            webSudo.end(session);
        }
        response.setStatus(204);
    }

    /** Only a path of this site: anything else goes to the dashboards. */
    private static String destination(HttpServletRequest request) {
        String destination = request.getParameter("webSudoDestination");
        return destination != null && destination.startsWith("/") && !destination.startsWith("//")
                && !destination.startsWith("/\\") ? destination : Pages.DASHBOARDS;
    }

    private static void write(HttpServletResponse response, int status, HttpSession session, String destination,
                              boolean failed) throws IOException {
        String error = failed ? "<div class=\"aui-message aui-message-error\" id=\"websudo-error\"><p>The password is "
                + "incorrect, or there were too many attempts; try again.</p></div>" : "";
        String form = "<div class=\"login-panel\">" + error
                + "<p>You have requested access to an administrative function and are required to validate your "
                + "credentials below.</p>"
                + "<form id=\"login-form\" class=\"aui\" method=\"post\" action=\"/jira" + SandboxWebSudo.CONFIRM_PATH + "\">"
                + "<input type=\"hidden\" name=\"webSudoDestination\" value=\"" + Html.escape(destination) + "\">"
                + "<input type=\"hidden\" name=\"atl_token\" value=\""
                + Html.escape(String.valueOf(session.getAttribute(AuthFilter.SESSION_TOKEN))) + "\">"
                + "<div class=\"field-group\"><label for=\"login-form-authenticatePassword\">Password</label>"
                + "<input class=\"password medium-field\" type=\"password\" id=\"login-form-authenticatePassword\" "
                + "name=\"webSudoPassword\" autofocus></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button class=\"aui-button aui-button-primary\" type=\"submit\" id=\"login-form-submit\">Confirm</button>"
                + "</div></div></form></div>";
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Layout.page("Administrator Access", new Layout.Viewer(null, false), null,
                Layout.panel("Administrator Access", form)));
    }
}
