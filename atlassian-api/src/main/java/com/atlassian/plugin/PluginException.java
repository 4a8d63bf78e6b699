package com.atlassian.plugin;

/**
 * The plugin framework's base exception. Unchecked (the page was not seen).
 */
public class PluginException extends RuntimeException {

    public PluginException(String message) {
        super(message);
    }
}
