package com.atlassian.sal.api;

/**
 * How {@link ApplicationProperties#getBaseUrl(UrlMode)} formats the URL.
 * <p>
 * Type and package from the {@code getBaseUrl(com.atlassian.sal.api.UrlMode)} signature on
 * https://docs.atlassian.com/atlassian-confluence/5.5/com/atlassian/sal/confluence/ConfluenceApplicationProperties.html.
 * The constants (RELATIVE: "just the context path"; ABSOLUTE; AUTO; CANONICAL) follow the same-named plugin
 * framework enum https://docs.atlassian.com/atlassian-plugins-parent/2.13.2/xref/com/atlassian/plugin/webresource/UrlMode.html;
 * the SAL UrlMode page was not seen. Enum constants resolve by name at run time.
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    CANONICAL,
    AUTO
}
