package io.postmortem.sandbox.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The product's own pages, by path under /jira. The header's Dashboards, Postmortem library and Administration
 * entries show a "not built yet" notice until a feature registers the page here.
 */
public final class Pages {
    public static final String DASHBOARDS = "/secure/Dashboard.jspa";
    public static final String LIBRARY = "/secure/PostmortemLibrary.jspa";
    public static final String ADMINISTRATION = "/secure/admin/Postmortem.jspa";
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
