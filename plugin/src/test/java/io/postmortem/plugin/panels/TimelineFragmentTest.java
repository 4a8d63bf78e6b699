package io.postmortem.plugin.panels;

import io.postmortem.core.timeline.EntryKind;
import io.postmortem.plugin.admin.VelocityTestRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline fragment renders with nothing but $contextPath, $i18n and $timelineIncidentKey (strict references:
 * anything else fails), escapes the key, names every label in the properties, and has the form and hooks
 * js/timeline.js reads.
 */
class TimelineFragmentTest {

    private Document render(String incidentKey) throws Exception {
        VelocityTestRenderer renderer = new VelocityTestRenderer();
        Map<String, Object> context = new HashMap<>();
        context.put("contextPath", "/jira");
        context.put("timelineIncidentKey", incidentKey);
        StringWriter out = new StringWriter();
        renderer.render("templates/panels/timeline.vm", context, out);
        assertThat(renderer.missingKeys).isEmpty();
        return Jsoup.parse(out.toString());
    }

    @Test
    void renders_the_container_with_the_incident_key_escaped() throws Exception {
        Document page = render("INC-7\"><script>x</script>");

        Element section = page.selectFirst("section.pm-timeline");
        assertThat(section).isNotNull();
        assertThat(section.attr("data-incident-key")).isEqualTo("INC-7\"><script>x</script>");
        assertThat(section.attr("data-context-path")).isEqualTo("/jira");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("h3.pm-timeline-title").text()).isEqualTo("Incident timeline");
    }

    @Test
    void the_form_has_every_entry_field_with_a_place_for_its_error() throws Exception {
        Document page = render("INC-7");
        Element form = page.selectFirst("form.pm-timeline-form");

        assertThat(form.selectFirst("input[name=at]").attr("type")).isEqualTo("datetime-local");
        assertThat(form.selectFirst("select[name=team]")).isNotNull();
        assertThat(form.selectFirst("textarea[name=text]").attr("maxlength")).isEqualTo("2000");
        assertThat(form.selectFirst("input[name=evidence]").attr("type")).isEqualTo("url");
        for (String field : List.of("at", "team", "kind", "text", "evidence")) {
            assertThat(form.select(".error[data-field=" + field + "]")).as(field).hasSize(1);
            Element input = form.selectFirst("[name=" + field + "]");
            assertThat(form.select("label[for=" + input.id() + "]")).as("label of " + field).hasSize(1);
        }
        assertThat(form.select("select[name=kind] option").eachAttr("value"))
                .containsExactlyElementsOf(Arrays.stream(EntryKind.values()).map(Enum::name).toList());
        assertThat(page.selectFirst("button.pm-timeline-import").text()).isEqualTo("Import from incident");
        assertThat(page.select("[data-milestone]").eachAttr("data-milestone"))
                .containsExactly("impactStarted", "detected", "mitigated", "resolved");
        assertThat(page.select("[data-metric]").eachAttr("data-metric"))
                .containsExactly("timeToDetectMinutes", "timeToMitigateMinutes", "timeToResolveMinutes");
    }

    @Test
    void every_label_the_script_reads_is_rendered() throws Exception {
        Element labels = render("INC-7").selectFirst(".pm-timeline-labels");
        String script = new String(getClass().getResourceAsStream("/js/timeline.js").readAllBytes(),
                StandardCharsets.UTF_8);
        Matcher reads = Pattern.compile("labels(?:\\.([a-zA-Z]+)|\\['([a-zA-Z]+)'\\])").matcher(script);
        int checked = 0;
        while (reads.find()) {
            String name = reads.group(1) != null ? reads.group(1) : reads.group(2);
            String attribute = "data-" + name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            assertThat(labels.hasAttr(attribute)).as(attribute + " for labels." + name).isTrue();
            assertThat(labels.attr(attribute)).as(attribute).isNotBlank();
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }
}
