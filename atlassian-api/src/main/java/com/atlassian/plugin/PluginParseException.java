package com.atlassian.plugin;

/**
 * A module's descriptor parameters could not be read. Named in the throws clause of Condition.init and
 * ContextProvider.init: https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html.
 */
public class PluginParseException extends PluginException {

    public PluginParseException(String message) {
        super(message);
    }
}
