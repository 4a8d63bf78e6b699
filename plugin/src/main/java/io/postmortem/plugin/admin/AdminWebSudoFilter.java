package io.postmortem.plugin.admin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.postmortem.plugin.health.DegradedFeatures;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Puts the administration page inside a WebSudo (secure administrator) session, as Jira's own admin pages are:
 * without a fresh one, Jira asks the administrator for their password and comes back. The admin REST API carries
 * {@code @WebSudoRequired} for the same reason.
 *
 * <p>The one guarded path to {@link WebSudoManager}: the jakarta signatures of Jira 11 are inferred, so a
 * {@link LinkageError} (or the optional service being absent) turns WebSudo off for the page, is logged once and is
 * listed on the health page; the page itself still checks that the user is an administrator.
 */
public class AdminWebSudoFilter implements Filter {
    public static final String FEATURE = "websudo-admin-page";
    private static final Logger log = LoggerFactory.getLogger(AdminWebSudoFilter.class);

    private final WebSudoManager webSudo;
    private final DegradedFeatures degraded;

    @Inject
    public AdminWebSudoFilter(WebSudoManager webSudo, DegradedFeatures degraded) {
        this.webSudo = webSudo;
        this.degraded = degraded;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (degraded.isDegraded(FEATURE) || hasWebSudoSession((HttpServletRequest) req, (HttpServletResponse) res)) {
            chain.doFilter(req, res);
        }
    }

    /** True when the request may go on; false when Jira took over the response to ask for the password. */
    private boolean hasWebSudoSession(HttpServletRequest request, HttpServletResponse response) {
        try {
            try {
                webSudo.willExecuteWebSudoRequest(request);
                return true;
            } catch (WebSudoSessionException noSession) {
                webSudo.enforceWebSudoProtection(request, response);
                return false;
            }
        } catch (LinkageError | RuntimeException unavailable) {
            if (degraded.record(FEATURE, "com.atlassian.sal.api.websudo.WebSudoManager", unavailable)) {
                log.warn("WebSudo is unavailable for the Postmortem administration page; it is served without it",
                        unavailable);
            }
            return true;
        }
    }
}
