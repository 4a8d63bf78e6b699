package io.postmortem.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/**
 * Reads and discards what is left of a request's body once the request has been answered, as Jira's Tomcat does
 * (it swallows up to 2 MB). Many answers leave the body unread: a refusal (401, 403) and every endpoint that takes
 * no body. Jetty cannot always consume such a body by itself (the client may send it after the headers) and then
 * ends the connection after the answer, so a client that had already queued its next request on that kept-alive
 * connection sees it end with no answer at all. Bodies longer than {@link #MAX} are left to Jetty.
 */
public final class UnreadBodies implements Filter {
    static final int MAX = 2 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            discard(request);
        }
    }

    private static void discard(ServletRequest request) {
        long length = request.getContentLengthLong();
        if (length == 0 || length > MAX) {
            return;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            ServletInputStream in = request.getInputStream();
            int n;
            while (read <= MAX && (n = in.read(buffer)) != -1) {
                read += n;
            }
        } catch (IOException | IllegalStateException unreadable) {
            // The body was taken as a reader, or the connection broke: Jetty decides what becomes of it.
        }
    }
}
