package io.postmortem.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Serves the plugin's own web resources (its js/, css/ and images/ folders) where Jira serves a plugin's downloads,
 * and lists the ones every sandbox page loads, as Jira's web-resource contexts would.
 */
public final class PluginResources extends HttpServlet {
    public static final String PREFIX = "/jira/download/resources/io.postmortem.postmortem-for-jira/";

    /** Loaded on every page, like Jira's view-issue context: what the plugin's descriptor puts in it. */
    static final List<String> EVERY_PAGE = PluginWebResources.plugin().forContext("jira.view.issue");

    private static final List<String> FOLDERS = List.of("/js/", "/css/", "/images/");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    public static String url(String resource) {
        return PREFIX + resource;
    }

    /** The link and script tags for the resources every page loads. */
    static String everyPageTags() {
        return tags(EVERY_PAGE);
    }

    /** The link and script tags for the plugin's resources in a web-resource context, less those on every page. */
    static String contextTags(String context) {
        return tags(PluginWebResources.plugin().forContext(context).stream()
                .filter(resource -> !EVERY_PAGE.contains(resource)).toList());
    }

    /** The link and script tags for web-resources a page required by complete key, less those on every page. */
    static String requiredTags(List<String> keys) {
        return tags(keys.stream().flatMap(key -> key.startsWith(RequiredWebResources.CONTEXT)
                        ? PluginWebResources.plugin().forContext(key.substring(RequiredWebResources.CONTEXT.length())).stream()
                        : PluginWebResources.plugin().forKey(key).stream())
                .distinct().filter(resource -> !EVERY_PAGE.contains(resource)).toList());
    }

    private static String tags(List<String> resources) {
        StringBuilder tags = new StringBuilder();
        for (String resource : resources) {
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
            if (extension.equals("js")) {
                // Jira's jsI18n transformer, declared on the plugin's web-resources, puts the texts in.
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                response.getOutputStream().write(JsI18n.plugin().transform(script).getBytes(StandardCharsets.UTF_8));
                return;
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
