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
 * and writes the tags of the ones a page required or a web-resource context holds. No page loads them all: the issue
 * view gets what its panels' context providers require, the dashboards what the dashboard context holds.
 */
public final class PluginResources extends HttpServlet {
    private static final String PLUGIN_KEY = "io.postmortem.postmortem-for-jira";
    public static final String PREFIX = "/jira/download/resources/" + PLUGIN_KEY + "/";

    private static final List<String> FOLDERS = List.of("/js/", "/css/", "/images/");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    public static String url(String resource) {
        return PREFIX + resource;
    }

    /** The link and script tags for the plugin's resources in a web-resource context. */
    static String contextTags(String context) {
        return tags(PluginWebResources.plugin().forContext(context));
    }

    /** The link and script tags for web-resources a page required by complete key, each file once. */
    static String requiredTags(List<String> keys) {
        return tags(keys.stream().flatMap(key -> key.startsWith(RequiredWebResources.CONTEXT)
                        ? PluginWebResources.plugin().forContext(key.substring(RequiredWebResources.CONTEXT.length())).stream()
                        : PluginWebResources.plugin().forKey(key).stream())
                .distinct().toList());
    }

    /**
     * What the web-resource manager's asynchronous require needs to know on a page: the files of each of the plugin's
     * web-resources by complete key, dependencies first, as a JSON element the sandbox's {@code WRM.require} reads.
     */
    static String asyncRequireMap() {
        StringBuilder json = new StringBuilder("{");
        for (String key : PluginWebResources.plugin().keys()) {
            json.append(json.length() > 1 ? "," : "").append('"').append(PLUGIN_KEY).append(':').append(key)
                    .append("\":[");
            List<String> files = PluginWebResources.plugin().forKey(key);
            for (int i = 0; i < files.size(); i++) {
                json.append(i > 0 ? "," : "").append('"').append(url(files.get(i))).append('"');
            }
            json.append(']');
        }
        // Keys and file names are the descriptor's: letters, digits, dots, dashes and slashes, nothing to escape.
        return "<script type=\"application/json\" id=\"sandbox-web-resources\">" + json.append('}') + "</script>";
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
