package io.postmortem.sandbox.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's stand-in for the host's WebSudo (secure administrator session), the SAL service the plugin's
 * {@code AdminWebSudoFilter} and the REST API's {@code @WebSudoRequired} rely on: an administrator's browser session
 * may reach them only within {@link #TIMEOUT} of their last password confirmation, and every use extends it, as Jira's
 * secure administrator session does. Confirmations are the login form and the WebSudo page
 * ({@code /secure/admin/WebSudoAuthenticate.jspa}); {@code DELETE /rest/auth/1/websudo} ends the session early, as in
 * Jira. A request with HTTP Basic credentials carries the password itself and needs no WebSudo session: Atlassian
 * REST's WebSudo check ({@code SalWebSudoResourceContext}) leaves such requests alone too.
 *
 * <p>Unlike Jira, the login counts as the first confirmation, so the sandbox does not ask for the password twice in
 * a row.
 */
public final class SandboxWebSudo implements WebSudoManager {
    /** Jira's default secure administrator session: ten minutes since the last administrative request. */
    public static final Duration TIMEOUT = Duration.ofMinutes(10);
    public static final String CONFIRM_PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    private static final String CONFIRMED_AT = "sandbox.websudo.confirmedAt";

    /** Real time, not the sandbox's settable business clock: moving the demo's days must not end sessions. */
    private final Clock clock;

    public SandboxWebSudo() {
        this(Clock.systemUTC());
    }

    SandboxWebSudo(Clock clock) {
        this.clock = clock;
    }

    /** The user confirmed their password in this session (logged in, or on the WebSudo page). */
    public void confirmed(HttpSession session) {
        session.setAttribute(CONFIRMED_AT, clock.instant());
    }

    /** Ends the session's WebSudo: the next administrative request asks for the password again. */
    public void end(HttpSession session) {
        session.removeAttribute(CONFIRMED_AT);
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        if (hasBasicCredentials(request)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CONFIRMED_AT) instanceof Instant confirmed
                && !clock.instant().isAfter(confirmed.plus(TIMEOUT));
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("This request needs a recent password confirmation (WebSudo).");
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            confirmed(session);
        }
    }

    /** Sends the browser to the WebSudo page, which comes back to this page once the password is confirmed. */
    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(request.getContextPath() + CONFIRM_PATH + "?webSudoDestination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
