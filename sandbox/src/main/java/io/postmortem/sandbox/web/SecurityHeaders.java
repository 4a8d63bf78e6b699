package io.postmortem.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers Jira sends with every page: no framing by other sites (clickjacking) and no content sniffing (a JSON or
 * CSV answer is never run as a script or a page). Set before the request runs, so error pages carry them too.
 */
public final class SecurityHeaders implements Filter {

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        apply((HttpServletResponse) res);
        chain.doFilter(req, res);
    }
}
