package io.postmortem.sandbox.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's own pages, by path under /jira (the dashboards and the issue navigator); the plugin's pages are its
 * servlets, served under {@link #PLUGIN_SERVLETS}.
 */
public final class Pages {
    public static final String DASHBOARDS = "/secure/Dashboard.jspa";
    /** Where the plugin's servlets are served, as in Jira: {@code /plugins/servlet} + the descriptor's url-pattern. */
    public static final String PLUGIN_SERVLETS = "/plugins/servlet";
    /** The plugin's library and administration servlets, at their descriptor URL patterns. */
    public static final String LIBRARY = PLUGIN_SERVLETS + "/postmortem/library";
    public static final String ADMINISTRATION = PLUGIN_SERVLETS + "/postmortem/admin";
    /** The sandbox's first addresses of the library and administration pages; they now lead to the servlets. */
    public static final Map<String, String> MOVED = Map.of(
            "/secure/PostmortemLibrary.jspa", LIBRARY,
            "/secure/admin/Postmortem.jspa", ADMINISTRATION);
    public static final String OUTBOX = "/secure/Outbox.jspa";
    /** Jira's issue navigator; the sandbox answers the product's own JQL functions there. */
    public static final String ISSUES = "/issues/";

    /** A page's content (inside the layout) for the logged-in user; null user never reaches it. */
    @FunctionalInterface
    public interface Page {
        String render(PageRequest request);
    }

    public record PageRequest(String username, Map<String, String[]> parameters) {
    }

    private final Map<String, Page> pages = new LinkedHashMap<>();

    public void register(String path, Page page) {
        pages.put(path, page);
    }

    public Optional<Page> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }
}
