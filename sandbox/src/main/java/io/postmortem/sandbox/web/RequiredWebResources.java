package io.postmortem.sandbox.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The page builder the sandbox gives the plugin: remembers the web-resources (and web-resource contexts) a plugin
 * servlet requires while it handles a request, so the page decorator puts their files on the page, as Jira's
 * decorator does.
 */
public final class RequiredWebResources implements PageBuilderService, WebResourceAssembler, RequiredResources {
    /** What a page required: {@code <plugin key>:<module key>} of a web-resource, or a context as {@code context:<name>}. */
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        required.get().add(moduleCompleteKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        required.get().add(CONTEXT + context);
        return this;
    }

    static final String CONTEXT = "context:";

    /** What was required on this thread since the last call, in order; forgets it. */
    List<String> drain() {
        List<String> keys = new ArrayList<>(required.get());
        required.remove();
        return keys;
    }
}
