package io.postmortem.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request under the context, as the container resolved it (dot segments and escapes undone). */
public final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * Decisions (which pages need a login, which page to show) must use this and never {@code getRequestURI()}: the
     * raw URI of {@code /jira/static/../browse/X} starts with {@code /static/} but is served as {@code /browse/X}.
     */
    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    /** Whether the raw URI has dot segments or their escapes, which no link of ours ever has. */
    public static boolean hasDotSegments(HttpServletRequest request) {
        String raw = request.getRequestURI().toLowerCase(java.util.Locale.ROOT);
        return raw.contains("/../") || raw.endsWith("/..") || raw.contains("/./") || raw.contains("%2e")
                || raw.contains("%2f") || raw.contains("%5c") || raw.contains("\\");
    }
}
