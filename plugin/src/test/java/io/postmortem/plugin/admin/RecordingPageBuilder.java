package io.postmortem.plugin.admin;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;

import java.util.ArrayList;
import java.util.List;

/** Jira's page builder as far as the servlets use it: records each web resource and context a page requires. */
public final class RecordingPageBuilder implements PageBuilderService {
    private final List<String> webResources = new ArrayList<>();
    private final List<String> contexts = new ArrayList<>();

    private final RequiredResources resources = new RequiredResources() {
        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            webResources.add(moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            contexts.add(context);
            return this;
        }
    };

    @Override
    public com.atlassian.webresource.api.assembler.WebResourceAssembler assembler() {
        return () -> resources;
    }

    public List<String> webResources() {
        return webResources;
    }

    public List<String> contexts() {
        return contexts;
    }
}
