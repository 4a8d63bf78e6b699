package io.postmortem.plugin.admin;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.postmortem.plugin.health.HostCalls;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

    private final WebSudoManager webSudo;
    private final HostCalls host;

    @Inject
    public AdminWebSudoFilter(WebSudoManager webSudo, HostCalls host) {
        this.webSudo = webSudo;
        this.host = host;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (host.isOff(FEATURE) || hasWebSudoSession((HttpServletRequest) req, (HttpServletResponse) res)) {
            chain.doFilter(req, res);
        }
    }

    /**
     * True when the request may go on; false when Jira took over the response to ask for the password. Only a
     * WebSudo that does not link (or is not provided) serves the page without it; any other failure is an error.
     */
    private boolean hasWebSudoSession(HttpServletRequest request, HttpServletResponse response) {
        return host.callOr(FEATURE, () -> {
            try {
                webSudo.willExecuteWebSudoRequest(request);
                return true;
            } catch (WebSudoSessionException noSession) {
                webSudo.enforceWebSudoProtection(request, response);
                return false;
            }
        }, () -> true);
    }
}
