package io.postmortem.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Serves the plugin's own web resources (its js/, css/ and images/ folders) where Jira serves a plugin's downloads,
 * and lists the ones every sandbox page loads, as Jira's web-resource contexts would.
 */
public final class PluginResources extends HttpServlet {
    public static final String PREFIX = "/jira/download/resources/io.postmortem.postmortem-for-jira/";

    /** Loaded on every page: the REST client, the panels' behaviour, the blameless hints, shared learnings, styles. */
    static final List<String> EVERY_PAGE = List.of(
            "css/postmortem-panels.css", "css/blameless-review.css", "css/timeline.css", "css/actions.css",
            "css/learning-panels.css",
            "js/postmortem-api.js", "js/postmortem-panels.js", "js/blameless-review.js", "js/timeline.js",
            "js/actions.js", "js/related.js", "js/sharing.js");

    private static final List<String> FOLDERS = List.of("/js/", "/css/", "/images/");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    public static String url(String resource) {
        return PREFIX + resource;
    }

    /** The link and script tags for the resources every page loads that exist in the plugin. */
    static String everyPageTags() {
        StringBuilder tags = new StringBuilder();
        for (String resource : EVERY_PAGE) {
            if (PluginResources.class.getResource("/" + resource) == null) {
                continue;
            }
            if (resource.endsWith(".css")) {
                tags.append("<link rel=\"stylesheet\" href=\"").append(url(resource)).append("\">");
            } else {
                tags.append("<script src=\"").append(url(resource)).append("\"></script>");
            }
        }
        return tags.toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || FOLDERS.stream().noneMatch(path::startsWith)) {
            response.sendError(404);
            return;
        }
        try (InputStream in = PluginResources.class.getResourceAsStream(path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
