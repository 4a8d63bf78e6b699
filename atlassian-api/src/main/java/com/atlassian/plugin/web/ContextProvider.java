package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Fills a web panel's template context. Implemented by the plugin, so both abstract members are declared.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html;
 * the same generic signatures in Jira Software 11.1's implementations ({@code public void init(Map<String,String>
 * params) throws com.atlassian.plugin.PluginParseException}, {@code public Map<String,Object> getContextMap(Map<String,
 * Object> context)}): https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/rapid/PageLoadDataContextProvider.html.
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
