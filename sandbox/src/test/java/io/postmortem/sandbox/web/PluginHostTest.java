package io.postmortem.sandbox.web;

import io.postmortem.core.action.Action;
import io.postmortem.core.action.ActionFilter;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.plugin.persistence.action.AoActionRepository;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import io.postmortem.sandbox.Http;
import io.postmortem.sandbox.Sandbox;
import io.postmortem.sandbox.SandboxContext;
import io.postmortem.sandbox.UsesSandbox;
import io.postmortem.sandbox.plugin.PluginDescriptor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox hosts the plugin from the plugin's own files: every bean of plugin-context.xml is in the sandbox's
 * context, the descriptor's servlets answer at /plugins/servlet/..., and the issue view shows the descriptor's web
 * panels under their module keys with their i18n labels, drawn by the plugin's own conditions and context providers.
 */
@UsesSandbox
class PluginHostTest {
    private final Sandbox sandbox;
    private final Http http;

    PluginHostTest(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.http = new Http(sandbox.baseUrl());
    }

    @Test
    void everyBeanOfThePluginsSpringXmlIsInTheSandboxsContext() throws Exception {
        List<String> ids = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try (InputStream in = new ClassPathResource(SandboxContext.PLUGIN_CONTEXT).getInputStream()) {
            var beans = factory.newDocumentBuilder().parse(in).getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                ids.add(((org.w3c.dom.Element) beans.item(i)).getAttribute("id"));
            }
        }
        assertThat(ids).contains("postmortemService", "raiseAction", "actionQueries", "actionIdeas", "baseUrl");
        for (String id : ids) {
            assertThat(sandbox.context().containsBean(id)).as(id).isTrue();
            assertThat(sandbox.context().getBean(id)).as(id).isNotNull();
        }
        // The plugin's baseUrl bean asks the host's application properties for the canonical URL.
        assertThat(sandbox.context().getBean("baseUrl")).isEqualTo("http://localhost:2990/jira");
    }

    @Test
    void theAdministrationServletAnswersAtItsDescriptorUrlForAdministratorsOnly() {
        Http.Answer admin = http.get("admin", "/plugins/servlet/postmortem/admin");
        assertThat(admin.status()).isEqualTo(200);
        Document page = Jsoup.parse(admin.body());
        assertThat(page.getElementById("postmortem-admin")).isNotNull();
        // The web-resource the servlet required is on the page.
        assertThat(page.select("script[src$=/js/admin-page.js]")).hasSize(1);
        assertThat(page.title()).startsWith("Postmortem");

        Http.Answer developer = http.get("dev-checkout", "/plugins/servlet/postmortem/admin");
        assertThat(developer.status()).isEqualTo(403);
        assertThat(Jsoup.parse(developer.body()).getElementById("postmortem-admin")).isNull();
    }

    @Test
    void theLibraryServletAnswersAtItsDescriptorUrl() {
        Http.Answer library = http.get("dev-checkout", "/plugins/servlet/postmortem/library");
        assertThat(library.status()).isEqualTo(200);
        Document page = Jsoup.parse(library.body());
        assertThat(page.getElementById("postmortem-library-featured")).isNotNull();
        assertThat(page.select("script[src$=/js/library.js]")).hasSize(1);
    }

    @Test
    void theSandboxsFirstPageAddressesLeadToTheServlets() {
        Http.Answer library = http.get("dev-checkout", "/secure/PostmortemLibrary.jspa?q=db");
        assertThat(library.status()).isEqualTo(302);
        assertThat(library.raw().headers().firstValue("Location"))
                .hasValue("/jira/plugins/servlet/postmortem/library?q=db");
        assertThat(http.get("admin", "/secure/admin/Postmortem.jspa").raw().headers().firstValue("Location"))
                .hasValue("/jira/plugins/servlet/postmortem/admin");
    }

    @Test
    void theIssueViewShowsTheDescriptorsPanelsUnderTheirModuleKeys() {
        Postmortem postmortem = sandbox.bean(AoPostmortemRepository.class).all().getFirst();
        Action action = sandbox.bean(AoActionRepository.class).find(ActionFilter.any()).stream()
                .filter(a -> a.problemKey() != null).findFirst().orElseThrow();
        Set<String> shown = new HashSet<>();
        Document incident = page(postmortem.incidentKey());
        Document document = page(postmortem.key());
        Document problem = page(action.problemKey());
        for (Document issue : List.of(incident, document, problem)) {
            issue.select(".module").forEach(module -> shown.add(module.id()));
        }
        List<PluginDescriptor.WebPanel> panels = PluginDescriptor.plugin().webPanels();
        assertThat(panels).isNotEmpty();
        assertThat(shown).containsAll(panels.stream().map(PluginDescriptor.WebPanel::key).toList());

        // Each panel where its location puts it, with its i18n label, and only where its condition allows it.
        Element incidentPanel = incident.getElementById("incident-postmortem-panel");
        assertThat(incidentPanel.parents()).anyMatch(parent -> parent.id().equals("viewissuesidebar"));
        assertThat(incidentPanel.selectFirst("h2").text()).isEqualTo("Postmortem");
        assertThat(incident.getElementById("incident-timeline-panel").parents())
                .anyMatch(parent -> parent.id().equals("viewissuesidebar-left"));
        assertThat(document.getElementById("postmortem-document-panel").selectFirst("h2").text())
                .isEqualTo("Postmortem document");
        assertThat(incident.getElementById("postmortem-document-panel")).isNull();
        assertThat(document.getElementById("incident-postmortem-panel")).isNull();
        assertThat(problem.getElementById("problem-ticket-panel").selectFirst("h2").text())
                .isEqualTo("Postmortem action");
        // The context provider's view model reached the template: the panel names its own issue.
        assertThat(incidentPanel.text()).doesNotContain("This panel failed");
        assertThat(problem.getElementById("problem-ticket-panel").html()).contains(action.postmortemKey());
    }

    private Document page(String key) {
        Http.Answer answer = http.get("admin", "/browse/" + key);
        assertThat(answer.status()).as(key).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }
}
