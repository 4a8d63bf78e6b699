package io.postmortem.sandbox.web;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.glassfish.jersey.server.ResourceConfig;

import java.lang.reflect.Method;

/**
 * Honours {@code @WebSudoRequired} on the plugin's REST resources (method, class or package) as Atlassian REST's
 * WebSudo resource filter does: without a WebSudo session the request is refused with 401 before the resource runs;
 * with one, the session is extended. Requests with HTTP Basic credentials pass (the host's {@link WebSudoManager}
 * decides, as for the admin page's filter).
 */
public final class WebSudoRequiredCheck implements DynamicFeature {
    /** The application property that hands the host's WebSudo to each check Jersey builds. */
    static final String MANAGER = WebSudoManager.class.getName();

    private final WebSudoManager webSudo;

    public WebSudoRequiredCheck(WebSudoManager webSudo) {
        this.webSudo = webSudo;
    }

    /** Adds the check to a Jersey application, with the host's WebSudo as an application property. */
    public void registerIn(ResourceConfig config) {
        config.property(MANAGER, webSudo);
        config.register(this);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (required(resource.getResourceMethod(), resource.getResourceClass())) {
            // Registered as a class, so Jersey injects the request proxy into each check it builds.
            context.register(Check.class);
        }
    }

    static boolean required(Method method, Class<?> type) {
        return (method != null && method.isAnnotationPresent(WebSudoRequired.class))
                || (type != null && (type.isAnnotationPresent(WebSudoRequired.class)
                || type.getPackage().isAnnotationPresent(WebSudoRequired.class)));
    }

    /** After the login check (the AuthFilter), before the resource. */
    @Priority(Priorities.AUTHORIZATION)
    public static final class Check implements ContainerRequestFilter {
        @Context
        private HttpServletRequest request;
        @Context
        private Configuration configuration;

        @Override
        public void filter(ContainerRequestContext context) {
            WebSudoManager webSudo = (WebSudoManager) configuration.getProperty(MANAGER);
            try {
                webSudo.willExecuteWebSudoRequest(request);
            } catch (WebSudoSessionException noSession) {
                context.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity("{\"message\":\"This resource requires WebSudo: confirm your password at "
                                + "/jira/secure/admin/WebSudoAuthenticate.jspa, then try again.\"}")
                        .build());
            }
        }
    }
}
