package io.postmortem.sandbox.web;

import com.atlassian.plugin.webresource.WebResourceManager;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The web-resource manager the sandbox gives the plugin: remembers the web-resources a plugin servlet requires while
 * it handles a request, so the page decorator puts their files on the page, as Jira's decorator does.
 */
public final class RequiredWebResources implements WebResourceManager {
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public void requireResource(String moduleCompleteKey) {
        required.get().add(moduleCompleteKey);
    }

    /** The complete keys required on this thread since the last call, in order; forgets them. */
    List<String> drain() {
        List<String> keys = new ArrayList<>(required.get());
        required.remove();
        return keys;
    }
}
