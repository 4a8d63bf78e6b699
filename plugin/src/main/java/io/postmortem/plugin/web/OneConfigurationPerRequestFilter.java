package io.postmortem.plugin.web;

import io.postmortem.plugin.persistence.config.OneConfigurationPerRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/**
 * Serves each request the plugin answers (its REST API, its pages, Jira's issue views with our panels) with one
 * configuration snapshot: the first read checks the stored version, the rest of the request reuses it
 * ({@link OneConfigurationPerRequest}). The scope ends with the request, also when it fails.
 */
public final class OneConfigurationPerRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        IOException[] io = {null};
        ServletException[] servlet = {null};
        OneConfigurationPerRequest.within(() -> {
            try {
                chain.doFilter(request, response);
            } catch (IOException e) {
                io[0] = e;
            } catch (ServletException e) {
                servlet[0] = e;
            }
            return null;
        });
        if (io[0] != null) {
            throw io[0];
        }
        if (servlet[0] != null) {
            throw servlet[0];
        }
    }
}
