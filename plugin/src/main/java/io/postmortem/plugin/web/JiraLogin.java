package io.postmortem.plugin.web;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends anonymous visitors of the plugin's pages to Jira's login page, and back to the page afterwards. */
public final class JiraLogin {

    private JiraLogin() {
    }

    /** Jira's login page, returning to this request's page; the destination is relative to Jira's context path. */
    public static String urlFor(HttpServletRequest request) {
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        String destination = request.getRequestURI().substring(
                request.getRequestURI().startsWith(contextPath) ? contextPath.length() : 0);
        if (request.getQueryString() != null) {
            destination += "?" + request.getQueryString();
        }
        return contextPath + "/login.jsp?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }
}
