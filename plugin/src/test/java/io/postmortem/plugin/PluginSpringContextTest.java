package io.postmortem.plugin;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The plugin's Spring XML loaded by Spring 6 itself, as Jira 11 would: every host service that host-imports.xml
 * imports is a Mockito mock registered under its id (the Gemini Blueprint namespace is not on Maven Central, so that
 * file is read as XML), then plugin-context.xml and jira-adapters.xml are loaded and the context refreshed. Every bean
 * must instantiate, every REST resource and every class the descriptor names (servlet, context providers, conditions, JQL functions)
 * must be buildable by constructor autowiring from the context, and host-exports.xml must export existing beans of
 * the exported interface.
 */
class PluginSpringContextTest {
    private static final String SPRING = "META-INF/spring/";
    private static final Set<String> AUTOWIRED_DESCRIPTOR_ELEMENTS = Set.of("servlet", "context-provider", "condition",
            "jql-function");
    /**
     * Resources known not to be buildable yet (none at the moment). The test fails when a listed one is wired, so the
     * entry gets removed.
     */
    private static final Set<String> KNOWN_UNWIRED = Set.of();

    private static GenericApplicationContext context;
    private static final List<String> hostServices = new ArrayList<>();

    @BeforeAll
    static void loadThePluginContext() throws Exception {
        context = new GenericApplicationContext();
        for (Element reference : elements(SPRING + "host-imports.xml", "osgi:reference")) {
            Class<?> type = Class.forName(reference.getAttribute("interface"));
            register(reference.getAttribute("id"), type);
            hostServices.add(reference.getAttribute("id"));
        }
        // Gemini Blueprint gives every plugin context its bundle's BundleContext as bean "bundleContext".
        register("bundleContext", org.osgi.framework.BundleContext.class);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.loadBeanDefinitions(new ClassPathResource(SPRING + "plugin-context.xml"));
        reader.loadBeanDefinitions(new ClassPathResource(SPRING + "jira-adapters.xml"));
        context.refresh();
    }

    private static <T> void register(String id, Class<T> type) {
        T service = mock(type);
        if (service instanceof com.atlassian.sal.api.ApplicationProperties properties) {
            // Jira always knows its base URL; the mail links are built from it at start.
            org.mockito.Mockito.when(properties.getBaseUrl(org.mockito.ArgumentMatchers.any()))
                    .thenReturn("https://jira.example.com");
        }
        context.registerBean(id, type, () -> service);
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void hostServicesAreImported() {
        assertThat(hostServices).contains("activeObjects", "issueService", "schedulerService", "applicationProperties");
    }

    @Test
    void everyBeanInstantiates() {
        List<String> ours = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            assertThat(context.getBean(name)).as(name).isNotNull();
            if (!hostServices.contains(name)) {
                ours.add(name);
            }
        }
        assertThat(ours).contains("postmortemService", "jiraPostmortemTickets", "postmortemSetup",
                "dailyJobScheduler", "pluginLifecycle", "panelModels");
        // The daily job runs every DailyJob bean; the reminders are one.
        assertThat(context.getBeansOfType(io.postmortem.core.mail.DailyJob.class))
                .containsKeys("postmortemReminders", "actionReminders", "readReminders", "qualityRefresh");
        assertThat(context.getBeansOfType(io.postmortem.core.incident.TicketEventHandler.class))
                .containsKeys("postmortemService", "actionSync", "postmortemIssueMoves");
        assertThat(context.getBeansOfType(io.postmortem.core.postmortem.PostmortemListener.class))
                .containsKey("postmortemIssueFollower");
        assertThat(context.getBean(io.postmortem.core.postmortemissue.PostmortemWorkflowCheck.class)).isNotNull();
        assertThat(context.getBeansOfType(io.postmortem.core.postmortem.PublishCheck.class))
                .containsKeys("actionsPublishCheck", "qualityPublishCheck");
        assertThat(context.getBean(io.postmortem.core.action.ProblemTickets.class))
                .isInstanceOf(io.postmortem.plugin.jira.action.JiraProblemTickets.class);
    }

    @Test
    void everyRestResourceCanBeAutowiredFromTheContext() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        List<String> built = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.postmortem.plugin.rest")) {
            Class<?> resource = Class.forName(candidate.getBeanClassName());
            if (!isShipped(resource)) {
                continue; // test fixtures in the same package
            }
            if (KNOWN_UNWIRED.contains(resource.getName())) {
                assertThatThrownBy(() -> build(resource)).as(resource.getName() + " is wired now: remove it from "
                        + "KNOWN_UNWIRED").isInstanceOf(UnsatisfiedDependencyException.class);
                continue;
            }
            assertThat(build(resource)).as(resource.getName()).isInstanceOf(resource);
            built.add(resource.getSimpleName());
        }
        assertThat(built).contains("PostmortemResource", "ConfigResource", "BlamelessResource", "TimelineResource",
                "PostmortemReviewResource", "LearningResource", "AccountabilityResource", "ActionsResource",
                "HealthResource");
    }

    @Test
    void everyClassTheDescriptorBuildsCanBeAutowiredFromTheContext() throws Exception {
        List<String> built = new ArrayList<>();
        for (Element element : elements("atlassian-plugin.xml", "*")) {
            if (AUTOWIRED_DESCRIPTOR_ELEMENTS.contains(element.getTagName())) {
                Class<?> type = Class.forName(element.getAttribute("class"));
                assertThat(build(type)).as(type.getName()).isInstanceOf(type);
                built.add(type.getSimpleName());
            }
        }
        assertThat(built).contains("AdminPageServlet", "IncidentPanelContextProvider", "PostmortemPanelContextProvider",
                "IsIncidentCondition", "IsPostmortemCondition", "ActionsOfFunction", "OverdueActionsFunction",
                "ActionsOfPostmortemFunction", "PostmortemsOverdueFunction", "PostmortemsOfFunction",
                "PostmortemLibraryFunction");
    }

    @Test
    void hostExportsNameBeansOfTheExportedInterface() throws Exception {
        List<Element> services = elements(SPRING + "host-exports.xml", "osgi:service");
        assertThat(services).isNotEmpty();
        for (Element service : services) {
            Class<?> exported = Class.forName(service.getAttribute("interface"));
            Object bean = context.getBean(service.getAttribute("ref"));
            assertThat(bean).as(service.getAttribute("ref")).isInstanceOf(exported);
        }
    }

    /**
     * How the plugin framework builds module classes (context providers, conditions, servlets) and how Jira's REST
     * v2 builds resources from the plugin's context: a new instance, its constructor autowired from the beans.
     */
    private static Object build(Class<?> type) {
        return context.getAutowireCapableBeanFactory()
                .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }

    private static boolean isShipped(Class<?> type) {
        String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
        return !location.contains("test-classes");
    }

    private static List<Element> elements(String resource, String tag) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document document;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            document = factory.newDocumentBuilder().parse(in);
        }
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
