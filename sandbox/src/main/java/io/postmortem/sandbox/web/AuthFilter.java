package io.postmortem.sandbox.web;

import io.postmortem.sandbox.host.SandboxPeople;
import io.postmortem.sandbox.host.ThreadBoundCurrentUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who is asking: HTTP Basic credentials (REST clients) or the session a login made (people in a browser).
 * Binds the user for {@code CurrentUser} while the request runs. Nobody on REST gets 401 with a Basic challenge;
 * nobody on a page goes to the login page.
 */
public final class AuthFilter implements Filter {
    public static final String SESSION_USER = "sandbox.user";
    /** The session's form token (Jira's {@code atl_token}), required by the logout form. */
    public static final String SESSION_TOKEN = "sandbox.atl_token";
    /** Not a user name (it has a space): what {@link #basicUser} answers for a throttled login. */
    private static final String THROTTLED = "throttled login";

    private final SandboxPeople people;
    private final ThreadBoundCurrentUser currentUser;
    private final LoginThrottle throttle;

    public AuthFilter(SandboxPeople people, ThreadBoundCurrentUser currentUser, LoginThrottle throttle) {
        this.people = people;
        this.currentUser = currentUser;
        this.throttle = throttle;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (RequestPaths.hasDotSegments(request)) {
            response.sendError(400);
            return;
        }
        String path = RequestPaths.of(request);
        if (path.startsWith("/static/") || path.startsWith("/download/resources/") || path.equals("/login.jsp")
                || path.equals("/logout")) {
            chain.doFilter(req, res);
            return;
        }
        boolean rest = path.startsWith("/rest/");
        String header = request.getHeader("Authorization");
        String user = null;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basicUser(header.substring(6).trim());
            if (user == null) {
                refuse(request, response, rest, path);
                return;
            }
            if (user.equals(THROTTLED)) {
                response.setStatus(403);
                response.setHeader("X-Seraph-LoginReason", "AUTHENTICATION_DENIED");
                response.setContentType("application/json;charset=utf-8");
                response.getWriter().write("{\"message\":\"Too many failed logins for this user; try again later.\"}");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_USER) instanceof String sessionUser
                    && people.person(sessionUser).isPresent()) {
                user = sessionUser;
            }
        }
        if (user == null) {
            refuse(request, response, rest, path);
            return;
        }
        currentUser.bind(user);
        try {
            chain.doFilter(req, res);
        } finally {
            currentUser.clear();
        }
    }

    private String basicUser(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String username = decoded.substring(0, colon);
        if (!throttle.allows(username)) {
            return THROTTLED;
        }
        boolean authenticated = people.authenticates(username, decoded.substring(colon + 1));
        throttle.record(username, authenticated);
        return authenticated ? username : null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean rest, String path)
            throws IOException {
        if (rest) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Postmortem for Jira sandbox\"");
            response.setContentType("application/json;charset=utf-8");
            response.getWriter().write("{\"message\":\"Log in to use Postmortem for Jira.\"}");
            return;
        }
        String destination = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect("/jira/login.jsp?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
