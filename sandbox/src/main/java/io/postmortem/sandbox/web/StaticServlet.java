package io.postmortem.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves AUI, jQuery and the sandbox's stylesheet from the classpath's {@code static/} folder. */
public final class StaticServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "gif", "image/gif", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream("/static" + path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
