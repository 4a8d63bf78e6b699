package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Decides whether a web fragment is shown. Implemented by the plugin, so both abstract members are declared.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
 * ({@code void init(Map<String,String> params) throws PluginParseException} "Called after creation and autowiring";
 * {@code boolean shouldDisplay(Map<String,Object> context)}); still implemented with these signatures in Bamboo 12.1:
 * https://docs.atlassian.com/atlassian-bamboo/12.1.6/com/atlassian/bamboo/plugins/maven/dependencies/Maven2BuildWebItemCondition.html.
 */
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
