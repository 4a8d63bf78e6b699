package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a plugin servlet or filter demand a WebSudo (secure administrator) session, as Jira's own admin pages do.
 * <p>
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoManager.html and
 * "Adding WebSudo support to your plugin", https://developer.atlassian.com/display/DOCS/Adding+WebSudo+Support+to+your+Plugin
 * (servlet example: {@code willExecuteWebSudoRequest} in a try, {@code enforceWebSudoProtection} on
 * {@code WebSudoSessionException}). Those sources show the javax servlet types; the jakarta descriptors of Jira 11
 * are not confirmed by a Jira 10/11 source, so the plugin reaches this type only through
 * {@code io.postmortem.plugin.admin.AdminWebSudoFilter}, which catches {@link LinkageError} and records the feature in
 * {@code DegradedFeatures} (evidence.tsv: seen_in {@code guarded}).
 */
public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
