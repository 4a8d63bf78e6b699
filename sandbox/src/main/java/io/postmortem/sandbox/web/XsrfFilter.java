package io.postmortem.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Jira's XSRF rule for REST, applied to every REST path of the sandbox. Atlassian REST's XSRF resource filter
 * ({@code XsrfResourceFilter}) refuses a mutating request (anything but GET, HEAD, OPTIONS, TRACE) whose body has a
 * type a plain HTML form or a "simple" cross-site request can send — {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain} — unless it carries {@code X-Atlassian-Token: no-check} (a header
 * a cross-site form cannot set), and answers 403 "XSRF check failed". JSON and CSV bodies pass: a browser sends them
 * cross-site only after a CORS preflight, which Jira does not grant. The refusal happens before any resource runs,
 * so a cross-site form changes nothing.
 */
public final class XsrfFilter implements Filter {
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || !formType(request.getContentType())
                || hasNoCheckToken(request)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(403);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write("{\"message\":\"XSRF check failed: send JSON, or the header X-Atlassian-Token: no-check.\"}");
    }

    private static boolean formType(String contentType) {
        if (contentType == null) {
            return false;
        }
        return FORM_TYPES.contains(contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
    }

    private static boolean hasNoCheckToken(HttpServletRequest request) {
        String token = request.getHeader(TOKEN_HEADER);
        // Jira accepts "no-check" and the older "nocheck".
        return token != null && (token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"));
    }
}
