package io.postmortem.sandbox.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin page (rendered from the plugin's own template, as Jira's decorator would receive it) placed inside the
 * sandbox's layout: the template's body, plus the page's own script and stylesheet from the plugin.
 */
public final class PluginPage {
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private PluginPage() {
    }

    /** @param resource the base name of the page's {@code js/<resource>.js} and {@code css/<resource>.css} */
    public static String body(String renderedTemplate, String resource) {
        Matcher matcher = BODY.matcher(renderedTemplate);
        String body = matcher.find() ? matcher.group(1) : renderedTemplate;
        return "<link rel=\"stylesheet\" href=\"" + PluginResources.url("css/" + resource + ".css") + "\">"
                + body
                + "<script src=\"" + PluginResources.url("js/" + resource + ".js") + "\"></script>";
    }
}
