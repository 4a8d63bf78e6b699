package com.atlassian.plugin.webresource;

/**
 * Collects the web resources (JavaScript, CSS) a page needs; the page decorator writes their tags into the head.
 * Only the member the plugin calls is declared.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-plugins-webresource/2.2.4/atlassian-plugins-webresource/apidocs/com/atlassian/plugin/webresource/WebResourceManager.html
 * (verified: public interface {@code com.atlassian.plugin.webresource.WebResourceManager} with
 * {@code void requireResource(String moduleCompleteKey)}; the method is still listed on implementations in
 * Confluence 7.19 javadoc). Not verified: the javadoc of the version shipped with Jira 11.3, where the interface is
 * deprecated in favour of {@code com.atlassian.webresource.api.assembler.PageBuilderService} but, as far as
 * could be found, still exported.
 */
public interface WebResourceManager {

    void requireResource(String moduleCompleteKey);
}
