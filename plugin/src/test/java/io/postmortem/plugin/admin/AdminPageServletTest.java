package io.postmortem.plugin.admin;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.access.Permissions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPageServletTest {
    private final io.postmortem.plugin.admin.RecordingPageBuilder pageBuilder = new io.postmortem.plugin.admin.RecordingPageBuilder();
    private final List<String> requiredResources = pageBuilder.webResources();
    private String loggedIn;
    private final CurrentUser currentUser = () -> Optional.ofNullable(loggedIn);
    private final Permissions permissions = (Permissions) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{Permissions.class}, (proxy, method, args) ->
                    method.getName().equals("isAdministrator") && Set.of("admin").contains(args[0]));
    private VelocityTestRenderer renderer;
    private AdminPageServlet servlet;
    private FakeHttp http;

    @BeforeEach
    void setUp() throws Exception {
        renderer = new VelocityTestRenderer();
        servlet = new AdminPageServlet(renderer, pageBuilder, currentUser, permissions);
        http = new FakeHttp();
    }

    @Test
    void anonymous_visitors_are_sent_to_log_in_and_back() throws Exception {
        servlet.doGet(http.request("/jira", "/jira/plugins/servlet/postmortem/admin", "tab=1"), http.response());

        assertThat(http.status).isEqualTo(302);
        assertThat(http.redirect).isEqualTo("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fpostmortem%2Fadmin%3Ftab%3D1");
        assertThat(http.body.toString()).isEmpty();
    }

    @Test
    void users_who_are_not_administrators_get_403() throws Exception {
        loggedIn = "alice";

        servlet.doGet(http.request("", "/plugins/servlet/postmortem/admin", null), http.response());

        assertThat(http.status).isEqualTo(403);
        assertThat(http.body.toString()).isEmpty();
        assertThat(requiredResources).isEmpty();
    }

    @Test
    void administrators_get_the_page_with_its_resources_and_every_label_translated() throws Exception {
        loggedIn = "admin";

        servlet.doGet(http.request("/jira", "/jira/plugins/servlet/postmortem/admin", null), http.response());

        assertThat(http.status).isEqualTo(200);
        assertThat(http.contentType).isEqualTo("text/html;charset=UTF-8");
        assertThat(requiredResources).containsExactly("io.postmortem.postmortem-for-jira:admin-page-resources");
        assertThat(renderer.missingKeys).isEmpty();
        Document page = Jsoup.parse(http.body.toString());
        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("admin");
        assertThat(page.getElementById("postmortem-admin").attr("data-rest-base")).isEqualTo("/jira/rest/postmortem/1.0");
        assertThat(page.getElementById("postmortem-admin").attr("data-msg-saved")).isEqualTo("Saved.");
        assertThat(page.select("#postmortem-severity-policies tbody tr")).hasSize(5);
        assertThat(page.getElementById("policies.actionDueBusinessDays.P3.LOW")).isNotNull();
        assertThat(page.getElementById("policies.calendar.zone")).isNotNull();
        assertThat(page.getElementById("incidentMapping.impactedTeamsField")).isNotNull();
        assertThat(page.select("select[id=incidentMapping.severitySource] option")).extracting(e -> e.attr("value"))
                .containsExactly("PRIORITY", "CUSTOM_FIELD");
        assertThat(page.select("input[name=policies.calendar.weekend]")).hasSize(7);
        assertThat(page.getElementById("postmortem-export").attr("href")).isEqualTo("/jira/rest/postmortem/1.0/config/export");
    }

    @Test
    void values_in_the_page_are_html_escaped() throws Exception {
        loggedIn = "admin";

        servlet.doGet(http.request("/j\"><script>x</script>", "/x", null), http.response());

        assertThat(http.body.toString()).doesNotContain("<script>x</script>").contains("&lt;script&gt;");
    }

    @Test
    void every_label_key_the_template_names_exists() throws Exception {
        String template = new String(getClass().getResourceAsStream("/" + AdminPage.TEMPLATE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Matcher keys = Pattern.compile("getText\\([\"']([a-zA-Z.]+)[\"']\\)").matcher(template);
        VelocityTestRenderer.I18n i18n = renderer.new I18n();
        int count = 0;
        while (keys.find()) {
            i18n.getText(keys.group(1));
            count++;
        }

        assertThat(count).isGreaterThan(50);
        assertThat(renderer.missingKeys).isEmpty();
    }
}
