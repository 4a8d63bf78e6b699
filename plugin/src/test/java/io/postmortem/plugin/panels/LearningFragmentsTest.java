package io.postmortem.plugin.panels;

import io.postmortem.plugin.admin.VelocityTestRenderer;
import io.postmortem.plugin.rest.postmortem.PostmortemView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared-learnings fragments render with strict references from only what their including panel sets, escape
 * the keys, name every label in the properties, and hold every label their scripts read.
 */
class LearningFragmentsTest {

    /** What sharing.vm calls on the document's view model (PostmortemView#key() and #status()). */
    /** The document the sharing fragment is given: the REST view, as the postmortem panel passes it. */
    private static PostmortemView document(String key, String status) {
        java.lang.reflect.RecordComponent[] components = PostmortemView.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = switch (components[i].getName()) {
                case "key" -> key;
                case "status" -> status;
                default -> types[i] == boolean.class ? false : types[i] == long.class ? 1L
                        : types[i] == int.class ? 0 : types[i] == List.class ? List.of()
                        : types[i] == Map.class ? Map.of() : null;
            };
        }
        try {
            return PostmortemView.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Document render(String template, Map<String, Object> values) throws Exception {
        VelocityTestRenderer renderer = new VelocityTestRenderer();
        Map<String, Object> context = new HashMap<>(values);
        context.put("contextPath", "/jira");
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        assertThat(renderer.missingKeys).isEmpty();
        return Jsoup.parse(out.toString());
    }

    private Document related(String incidentKey) throws Exception {
        return render("templates/panels/related.vm", Map.of("relatedIncidentKey", incidentKey));
    }

    private Document sharing(String key, String status) throws Exception {
        return render("templates/panels/sharing.vm", Map.of("sharingPostmortem", document(key, status)));
    }

    @Test
    void related_renders_its_container_with_the_incident_key_escaped() throws Exception {
        Document page = related("INC-7\"><script>x</script>");

        Element section = page.selectFirst("section.pm-related");
        assertThat(section.attr("data-incident-key")).isEqualTo("INC-7\"><script>x</script>");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst(".pm-related-title").text()).isEqualTo("Have we seen this before?");
        assertThat(page.selectFirst("ol.pm-related-list")).isNotNull();
    }

    @Test
    void sharing_links_every_export_format_to_the_export_endpoint() throws Exception {
        Document page = sharing("PM-3", "DRAFT");

        assertThat(page.select("a.pm-export").eachAttr("href")).containsExactly(
                "/jira/rest/postmortem/1.0/postmortems/PM-3/export?format=markdown",
                "/jira/rest/postmortem/1.0/postmortems/PM-3/export?format=confluence",
                "/jira/rest/postmortem/1.0/postmortems/PM-3/export?format=html");
        assertThat(page.selectFirst("section.pm-sharing").attr("data-published")).isEqualTo("false");
        assertThat(page.selectFirst(".pm-share-widely-block").hasAttr("hidden")).isTrue();
        assertThat(page.selectFirst("form.pm-tags-form").hasAttr("hidden")).isTrue();
    }

    @Test
    void only_a_published_postmortem_offers_the_nomination() throws Exception {
        assertThat(sharing("PM-3", "IN_REVIEW").select(".pm-nominate")).isEmpty();

        Document published = sharing("PM-3", "PUBLISHED");
        assertThat(published.selectFirst("section.pm-sharing").attr("data-published")).isEqualTo("true");
        assertThat(published.selectFirst("button.pm-nominate").text()).isEqualTo("Nominate for postmortem of the month");
        assertThat(published.select("form.pm-nominate-form textarea[name=reason]")).hasSize(1);
        assertThat(published.select("form.pm-nominate-form .error[data-field=reason]")).hasSize(1);
    }

    @Test
    void sharing_escapes_the_key() throws Exception {
        Document page = sharing("PM-3\"><script>x</script>", "PUBLISHED");

        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("section.pm-sharing").attr("data-postmortem-key")).isEqualTo("PM-3\"><script>x</script>");
    }

    @Test
    void every_label_the_scripts_read_is_rendered() throws Exception {
        assertLabels(related("INC-7").selectFirst(".pm-related-labels"), "/js/related.js", 10);
        assertLabels(sharing("PM-3", "PUBLISHED").selectFirst(".pm-sharing-labels"), "/js/sharing.js", 4);
    }

    private void assertLabels(Element labels, String scriptPath, int atLeast) throws Exception {
        String script = new String(getClass().getResourceAsStream(scriptPath).readAllBytes(), StandardCharsets.UTF_8);
        Matcher reads = Pattern.compile("labels\\.([a-zA-Z]+)").matcher(script);
        int checked = 0;
        while (reads.find()) {
            String attribute = "data-" + reads.group(1).replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            assertThat(labels.hasAttr(attribute)).as(scriptPath + ": " + attribute).isTrue();
            assertThat(labels.attr(attribute)).as(attribute).isNotBlank();
            checked++;
        }
        assertThat(checked).as(scriptPath).isGreaterThanOrEqualTo(atLeast);
    }
}
