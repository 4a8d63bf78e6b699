package io.postmortem.sandbox.web;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.postmortem.testkit.velocity.TemplateI18n;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The template renderer the sandbox gives the plugin where Jira gives its own: the testkit's Velocity with Jira's
 * escaping, {@code $i18n} and the descriptor's velocity-allowlist (a template calling an unlisted method fails here
 * as in Jira 10+). Used by the plugin's servlets, and by the sandbox's issue view for the web panels.
 */
public final class SandboxTemplateRenderer implements TemplateRenderer {
    private final io.postmortem.testkit.velocity.TemplateRenderer velocity =
            io.postmortem.testkit.velocity.TemplateRenderer.builder()
                    .classLoader(SandboxTemplateRenderer.class.getClassLoader())
                    .failOnMissingKey(false)
                    .build();

    /** Renders a template of the plugin with this context to a string. */
    public String render(String templateName, Map<String, Object> context) {
        try {
            return velocity.render(templateName, context);
        } catch (RuntimeException e) {
            throw new RenderingException("cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    /** The plugin's i18n texts, as the templates' {@code $i18n} reads them. */
    public TemplateI18n i18n() {
        return velocity.i18n();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(render(templateName, context));
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        try {
            return velocity.renderText(fragment, context);
        } catch (RuntimeException e) {
            throw new RenderingException("cannot render a fragment: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean resolve(String templateName) {
        return SandboxTemplateRenderer.class.getClassLoader().getResource(templateName) != null;
    }
}
