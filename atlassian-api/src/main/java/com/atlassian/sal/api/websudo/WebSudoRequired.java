package com.atlassian.sal.api.websudo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource (package, class or method) that the host serves only inside a WebSudo (secure
 * administrator) session; the REST module asks the administrator to confirm their password first.
 * <p>
 * Source: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoRequired.html
 * ("Annotations can be applied on the package, type (class, interface and enum) and method level", run-time
 * retention) and "Adding WebSudo support to your plugin",
 * https://developer.atlassian.com/display/DOCS/Adding+WebSudo+Support+to+your+Plugin (REST resources are annotated).
 * Jira 10 still runs WebSudo sessions for REST: its REST API documents {@code DELETE /rest/auth/1/websudo},
 * https://developer.atlassian.com/server/jira/platform/rest/v10005/api-group-websudo/ . An annotation links no
 * method, so a host without it only loses the protection, never the resource.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface WebSudoRequired {
}
