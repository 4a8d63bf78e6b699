package io.postmortem.plugin.templates;

import io.postmortem.testkit.velocity.MissingI18nKeyException;
import io.postmortem.testkit.velocity.TemplateRenderer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template harness over the plugin's own class path: its real i18n bundle, Jira's escaping. */
class PluginTemplatesRenderTest {
    private final TemplateRenderer renderer = TemplateRenderer.builder().build();

    @Test
    void thePluginsLabelsAreWhatTemplatesSee() {
        assertThat(renderer.renderText("<h1>$i18n.getText('postmortem.plugin.name')</h1>", Map.of()))
                .isEqualTo("<h1>Postmortem for Jira</h1>");
    }

    @Test
    void aLabelThePluginLacksFails() {
        assertThatThrownBy(() -> renderer.i18n().getText("postmortem.no.such.label"))
                .isInstanceOf(MissingI18nKeyException.class)
                .hasMessage("i18n key 'postmortem.no.such.label' is not in i18n/postmortem.properties");
    }

    @Test
    void valuesAreEscapedUnlessNamedHtml() {
        Map<String, Object> context = Map.of("title", "<b>", "titleHtml", "<b>");

        assertThat(renderer.renderText("$title|$titleHtml", context)).isEqualTo("&lt;b&gt;|<b>");
    }
}
