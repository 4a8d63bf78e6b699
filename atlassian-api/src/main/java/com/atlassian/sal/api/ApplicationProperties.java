package com.atlassian.sal.api;

/**
 * The host application's properties; we read its base URL for links in panels.
 * <p>
 * Source: implementations of com.atlassian.sal.api.ApplicationProperties, e.g.
 * https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/sal/confluence/ConfluenceApplicationProperties.html
 * ({@code String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)}). The SAL interface page itself was not seen.
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
