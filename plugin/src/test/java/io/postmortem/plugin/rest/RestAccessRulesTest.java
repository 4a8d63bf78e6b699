package io.postmortem.plugin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.postmortem.testkit.rest.ResourceMethods;
import io.postmortem.testkit.rest.ResourceMethods.Endpoint;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST v2 rules every resource method of the plugin follows, read by reflection from the compiled classes so a
 * new endpoint is checked without being listed: an explicit access annotation (RUNTIME-visible, on the method or its
 * class), nothing open to anonymous or unlicensed users, the configuration API for administrators under WebSudo, and
 * no write that reads a body a cross-site form could send.
 */
class RestAccessRulesTest {
    private static final List<Class<? extends Annotation>> ACCESS = List.of(AdminOnly.class, AnonymousSiteAccess.class,
            LicensedOnly.class, SystemAdminOnly.class, UnlicensedSiteAccess.class, UnrestrictedAccess.class);
    private static final Set<Class<? extends Annotation>> OPEN_TO_UNLICENSED = Set.of(AnonymousSiteAccess.class,
            UnlicensedSiteAccess.class, UnrestrictedAccess.class);
    private static final Set<String> FORM_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN, MediaType.WILDCARD);
    private static final List<Endpoint> ENDPOINTS = ResourceMethods.of(ApiExceptionMapper.class);

    @Test
    void theScanFindsTheResourcesOfEveryFeature() {
        Set<String> resources = new java.util.TreeSet<>();
        ENDPOINTS.forEach(e -> resources.add(e.resource().getSimpleName()));
        assertTrue(resources.containsAll(Set.of("PostmortemResource", "TimelineResource", "ActionsResource",
                "LearningResource", "AccountabilityResource", "ConfigResource", "PlatformsResource")), resources::toString);
        assertTrue(ENDPOINTS.size() >= 40, "only " + ENDPOINTS.size() + " endpoints found");
    }

    @Test
    void everyAccessAnnotationIsVisibleAtRunTime() {
        for (Class<? extends Annotation> access : ACCESS) {
            Retention retention = access.getAnnotation(Retention.class);
            assertEquals(RetentionPolicy.RUNTIME, retention == null ? null : retention.value(), access.getName());
        }
        assertEquals(RetentionPolicy.RUNTIME, WebSudoRequired.class.getAnnotation(Retention.class).value());
    }

    @Test
    void everyEndpointCarriesExactlyOneAccessRule() {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            List<Class<? extends Annotation>> rules = accessRules(endpoint);
            if (rules.size() != 1) {
                problems.add(endpoint.id() + " (" + endpoint.resource().getSimpleName() + "#" + endpoint.method().getName()
                        + ") has " + rules.stream().map(Class::getSimpleName).toList());
            }
        }
        assertTrue(problems.isEmpty(), "endpoints without exactly one access annotation: " + problems);
    }

    @Test
    void noEndpointIsOpenToAnonymousOrUnlicensedUsers() {
        List<String> open = ENDPOINTS.stream()
                .filter(e -> accessRules(e).stream().anyMatch(OPEN_TO_UNLICENSED::contains))
                .map(Endpoint::id).toList();
        assertTrue(open.isEmpty(), "endpoints open beyond licensed users: " + open);
    }

    @Test
    void configurationIsForAdministratorsUnderWebSudo() {
        List<Endpoint> configuration = ENDPOINTS.stream().filter(e -> e.path().startsWith("/config")).toList();
        assertTrue(configuration.size() >= 5, "configuration endpoints: " + configuration.size());
        for (Endpoint endpoint : configuration) {
            List<Class<? extends Annotation>> rules = accessRules(endpoint);
            assertTrue(rules.equals(List.of(AdminOnly.class)) || rules.equals(List.of(SystemAdminOnly.class)),
                    endpoint.id() + " is " + rules);
            assertTrue(endpoint.effective(WebSudoRequired.class).isPresent(), endpoint.id() + " has no WebSudo");
        }
    }

    @Test
    void everyWriteTakesNoBodyOrJsonOnly() {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.httpMethod().equals("GET") || endpoint.entityParameter().isEmpty()) {
                continue;
            }
            List<String> consumes = endpoint.consumes();
            boolean json = consumes.contains(MediaType.APPLICATION_JSON);
            boolean formable = consumes.stream().anyMatch(type -> FORM_TYPES.contains(type.split(";")[0].trim()));
            if (!json || formable) {
                problems.add(endpoint.id() + " consumes " + consumes);
            }
        }
        assertTrue(problems.isEmpty(), "writes reading a body without @Consumes(application/json): " + problems);
    }

    private static List<Class<? extends Annotation>> accessRules(Endpoint endpoint) {
        List<Class<? extends Annotation>> onMethod = ACCESS.stream()
                .filter(a -> endpoint.method().isAnnotationPresent(a)).toList();
        if (!onMethod.isEmpty()) {
            return onMethod;
        }
        List<Class<? extends Annotation>> onClass = ACCESS.stream()
                .filter(a -> endpoint.resource().isAnnotationPresent(a)).toList();
        if (!onClass.isEmpty()) {
            return onClass;
        }
        return ACCESS.stream().filter(a -> endpoint.resource().getPackage().isAnnotationPresent(a)).toList();
    }
}
