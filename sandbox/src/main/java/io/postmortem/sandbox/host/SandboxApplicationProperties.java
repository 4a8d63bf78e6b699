package io.postmortem.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * The sandbox's answer to the SAL service the plugin's context reads its base URL from (the {@code baseUrl} bean of
 * plugin-context.xml, and the panels' context path): the canonical address for mail links, the context path for
 * relative links.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {
    private final String canonicalBaseUrl;
    private final String contextPath;

    public SandboxApplicationProperties(String canonicalBaseUrl, String contextPath) {
        this.canonicalBaseUrl = canonicalBaseUrl;
        this.contextPath = contextPath;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE ? contextPath : canonicalBaseUrl;
    }
}
