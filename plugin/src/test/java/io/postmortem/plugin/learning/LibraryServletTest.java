package io.postmortem.plugin.learning;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.LearningPolicy;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.plugin.admin.FakeHttp;
import io.postmortem.plugin.admin.VelocityTestRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryServletTest {
    private final io.postmortem.plugin.admin.RecordingPageBuilder pageBuilder = new io.postmortem.plugin.admin.RecordingPageBuilder();
    private final List<String> requiredResources = pageBuilder.webResources();
    private String loggedIn;
    private final CurrentUser currentUser = () -> Optional.ofNullable(loggedIn);
    private final Configuration configuration = Configuration.defaults()
            .withDirectory(new Directory(List.of(new Platform("payments", "Payments <&>", "lena")),
                    List.of(new Team("checkout", "Checkout", "payments", "CHK", null, "team-checkout")), "mim", "sre"))
            .withLearning(new LearningPolicy("", List.of("change", "capacity")));
    private final ConfigurationStore store = new ConfigurationStore() {
        @Override
        public Configuration load() {
            return configuration;
        }

        @Override
        public void save(Configuration c, String actor, List<String> changes) {
            throw new UnsupportedOperationException("the page only reads");
        }

        @Override
        public List<AuditEntry> audit(int limit) {
            return List.of();
        }
    };
    private VelocityTestRenderer renderer;
    private LibraryServlet servlet;
    private FakeHttp http;

    @BeforeEach
    void setUp() throws Exception {
        renderer = new VelocityTestRenderer();
        servlet = new LibraryServlet(renderer, pageBuilder, currentUser, store);
        http = new FakeHttp();
    }

    @Test
    void anonymous_visitors_are_sent_to_log_in_and_back() throws Exception {
        servlet.doGet(http.request("/jira", "/jira/plugins/servlet/postmortem/library", "q=db"), http.response());

        assertThat(http.status).isEqualTo(302);
        assertThat(http.redirect).isEqualTo("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpostmortem%2Flibrary%3Fq%3Ddb");
        assertThat(requiredResources).isEmpty();
    }

    @Test
    void users_get_the_page_with_its_filters_resources_and_every_label_translated() throws Exception {
        loggedIn = "alice";

        servlet.doGet(http.request("/jira", "/jira/plugins/servlet/postmortem/library", null), http.response());

        assertThat(http.status).isEqualTo(200);
        assertThat(http.contentType).isEqualTo("text/html;charset=UTF-8");
        assertThat(requiredResources).containsExactly("io.postmortem.postmortem-for-jira:library-page-resources");
        assertThat(renderer.missingKeys).isEmpty();
        Document page = Jsoup.parse(http.body.toString());
        assertThat(page.title()).isEqualTo("Postmortem library");
        assertThat(page.getElementById("postmortem-library").attr("data-rest-base")).isEqualTo("/jira/rest/postmortem/1.0");
        assertThat(page.getElementById("postmortem-library").attr("data-context-path")).isEqualTo("/jira");
        assertThat(page.select("select[name=platform] option")).extracting(e -> e.attr("value"), e -> e.text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "Any"),
                        org.assertj.core.groups.Tuple.tuple("payments", "Payments <&>"));
        assertThat(page.select("select[name=category] option")).extracting(e -> e.attr("value"))
                .containsExactly("", "change", "capacity");
        assertThat(page.select("select[name=severity] option")).hasSize(6);
        assertThat(page.select("input[name=q][type=search]")).hasSize(1);
        assertThat(http.body.toString()).contains("Payments &lt;&amp;&gt;");
    }
}
