package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2 access rule (atlassian-rest-v2-api, Platform 7+, Jira 10 and 11): permits access to authenticated users when limited unlicensed access is enabled, and to licensed users.
 * <p>
 * Sources: "Prepare your Data Center app to comply with secure endpoint defaults",
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (the six
 * annotations and what each permits); deftdevs/bootstrapi @ 4c9d6271f00207820d13880e433f8aa5b4cfb6c6, built against
 * Jira 11.3.10 (jira/pom.xml), annotates its resource classes with this package's annotations, e.g.
 * jira/src/main/java/com/deftdevs/bootstrapi/jira/rest/PermissionsResourceImpl.java ({@code @SystemAdminOnly} on the
 * class) and PingResourceImpl.java ({@code @UnrestrictedAccess} on the class). Targets and retention as the
 * platform's twin annotation in Confluence 8.7 javadoc,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.7.2/com/atlassian/confluence/impl/security/SystemAdminOnly.html
 * ({@code @Target({TYPE, METHOD, PACKAGE}) @Retention(RUNTIME)}): the REST module reads it at run time from the
 * method, else its class, else its package.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnlicensedSiteAccess {
}
