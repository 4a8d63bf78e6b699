package io.postmortem.testkit.velocity;

import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRendererTest {
    private static final String SCRIPT = "<script>alert('x')</script>";

    private final TemplateRenderer renderer = TemplateRenderer.builder().i18n("i18n/testkit-sample.properties").build();

    public record View(String name, String description) {
        public String descriptionHtml() {
            return "<em>" + description + "</em>";
        }
    }

    @Test
    void escapesNormalReferencesButNotThoseEndingInHtml() {
        String html = renderer.render("templates/testkit/escaping.vm", Map.of(
                "summary", SCRIPT,
                "bodyHtml", "<b>bold</b>",
                "view", new View("\"quoted\" & <named>", "safe")));

        assertThat(html)
                .contains("<h1>Postmortem</h1>")
                .contains("<p class=\"summary\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>")
                .doesNotContain("<script>")
                .contains("<div class=\"body\"><b>bold</b></div>")
                .contains("<a title=\"&quot;quoted&quot; &amp; &lt;named&gt;\"><em>safe</em></a>");
    }

    @Test
    void everyFormOfAReferenceFollowsTheRule() {
        Map<String, Object> context = Map.of("x", "<i>", "xHtml", "<i>", "view", new View("<n>", "<d>"),
                "items", List.of("<a>", "<b>"));

        assertThat(renderer.renderText("$!x ${x} $!{x}", context)).isEqualTo("&lt;i&gt; &lt;i&gt; &lt;i&gt;");
        assertThat(renderer.renderText("$!xHtml ${xHtml} $!{xHtml}", context)).isEqualTo("<i> <i> <i>");
        assertThat(renderer.renderText("$view.descriptionHtml() ${view.name()}", context))
                .isEqualTo("<em><d></em> &lt;n&gt;");
        assertThat(renderer.renderText("#foreach($item in $items)$item#end", context)).isEqualTo("&lt;a&gt;&lt;b&gt;");
        // A name merely containing "Html" is not exempt; neither is a lower-case "html".
        assertThat(renderer.renderText("#set($xHtmlish = $x)#set($rawhtml = $x)[$xHtmlish][$rawhtml]", context))
                .isEqualTo("[&lt;i&gt;][&lt;i&gt;]");
    }

    @Test
    void theLastStepOfAReferenceNamesIt() {
        assertThat(JiraHtmlEscaping.lastName("$!{view.renderHtml($a.b)}")).isEqualTo("renderHtml");
        assertThat(JiraHtmlEscaping.lastName("$view.items[0].bodyHtml")).isEqualTo("bodyHtml");
        assertThat(JiraHtmlEscaping.lastName("$bodyHtml.length()")).isEqualTo("length");
        assertThat(JiraHtmlEscaping.isHtmlSafe("$bodyHtml.length()")).isFalse();
    }

    @Test
    void i18nLooksUpAndFormatsLikeJira() {
        assertThat(renderer.renderText("$i18n.getText('sample.greeting', 'Ana', 3)", Map.of()))
                .isEqualTo("Hello Ana, you have 3 open actions.");
        assertThat(renderer.renderText("$i18n.getText('sample.greeting', $args)", Map.of("args", List.of("Bo", 0))))
                .isEqualTo("Hello Bo, you have 0 open actions.");
        assertThat(renderer.renderText("$i18n.getText('sample.apostrophe')", Map.of()))
                .isEqualTo("Don&#39;t blame people");
        assertThat(renderer.renderText("$i18n.getText('sample.markup')", Map.of())).isEqualTo("Fish &amp; &lt;chips&gt;");
        assertThat(renderer.i18n().getText("sample.unicode")).isEqualTo("Ausfall über Nacht");
    }

    @Test
    void aMissingKeyFailsTheRender() {
        assertThatThrownBy(() -> renderer.render("templates/testkit/missing-key.vm", Map.of()))
                .isInstanceOf(MethodInvocationException.class)
                .hasRootCauseInstanceOf(MissingI18nKeyException.class)
                .rootCause().hasMessageContaining("sample.no.such.key");
    }

    @Test
    void aMissingKeyCanShowItselfAsJiraDoes() {
        TemplateRenderer lenient = TemplateRenderer.builder().i18n("i18n/testkit-sample.properties")
                .failOnMissingKey(false).build();

        assertThat(lenient.render("templates/testkit/missing-key.vm", Map.of()).strip())
                .isEqualTo("<h1>sample.no.such.key</h1>");
    }

    @Test
    void aMissingTemplateOrPropertiesFileFails() {
        assertThatThrownBy(() -> renderer.render("templates/testkit/no-such.vm", Map.of()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> TemplateRenderer.builder().i18n("i18n/no-such.properties").build())
                .hasMessageContaining("i18n/no-such.properties");
    }

    @Test
    void strictReferencesCatchAMisspeltName() {
        TemplateRenderer strict = TemplateRenderer.builder().i18n("i18n/testkit-sample.properties")
                .strictReferences(true).build();

        assertThat(renderer.renderText("$sumary", Map.of("summary", "s"))).isEqualTo("$sumary");
        assertThatThrownBy(() -> strict.renderText("$sumary", Map.of("summary", "s")))
                .hasMessageContaining("sumary");
    }

    @Test
    void onlyAllowlistedMethodsOfPluginObjectsMayBeCalled() {
        VelocityAllowlist allowlist = VelocityAllowlist.fromDescriptor(new java.io.ByteArrayInputStream(("""
                <atlassian-plugin><velocity-allowlist key="v">
                  <method>io.postmortem.testkit.velocity.TemplateRendererTest$View#name()</method>
                </velocity-allowlist></atlassian-plugin>""").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        TemplateRenderer guarded = TemplateRenderer.builder().i18n("i18n/testkit-sample.properties")
                .allowlist(allowlist).build();
        Map<String, Object> context = Map.of("view", new View("n", "d"), "names", List.of("a", "b"));

        assertThat(guarded.renderText("$view.name() $names.size() $i18n.getText('sample.title')", context))
                .isEqualTo("n 2 Postmortem");
        assertThatThrownBy(() -> guarded.renderText("$view.description()", context))
                .isInstanceOf(VelocityAllowlistException.class)
                .hasMessageContaining("io.postmortem.testkit.velocity.TemplateRendererTest$View#description()");
        assertThatThrownBy(() -> guarded.renderText("$view.getClass()", context))
                .isInstanceOf(VelocityAllowlistException.class);
    }
}
