package io.postmortem.testkit.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Plays the part of Jira's login: binds the request's user to the serving thread. Pre-matching, so it runs for
 * every request, and it always overwrites the thread's value, so nothing leaks from one request to the next even
 * when a response never reaches the response filter.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class RequestUserFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        RequestUser.set(userOf(request));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestUser.set(null);
    }

    private static String userOf(ContainerRequestContext request) {
        String named = request.getHeaderString(RequestUser.HEADER);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? credentials : credentials.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }
}
