package io.postmortem.plugin.admin;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.postmortem.testkit.velocity.AllowlistUberspector;
import io.postmortem.testkit.velocity.VelocityAllowlist;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders plugin templates the way Atlassian Template Renderer does in Jira: from the class path, with
 * {@code $i18n} reading the plugin's own properties, and every reference HTML-escaped unless its name ends in
 * {@code Html}; only the methods the descriptor's velocity-allowlist lists. Keys the properties lack are collected so a
 * test can fail on them.
 */
public final class VelocityTestRenderer implements TemplateRenderer {
    public final Set<String> missingKeys = new TreeSet<>();
    private final VelocityEngine engine = new VelocityEngine();
    private final Properties labels = new Properties();

    public VelocityTestRenderer() throws IOException {
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("runtime.references.strict", "true");
        try (InputStream descriptor = getClass().getResourceAsStream("/" + VelocityAllowlist.DESCRIPTOR)) {
            AllowlistUberspector.install(engine, VelocityAllowlist.fromDescriptor(descriptor).withHostObjects(I18n.class));
        }
        engine.init();
        try (InputStream in = getClass().getResourceAsStream("/i18n/postmortem.properties")) {
            labels.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** The part of I18nResolver templates call. */
    public final class I18n {
        public String getText(String key) {
            String text = labels.getProperty(key);
            if (text == null) {
                missingKeys.add(key);
                return key;
            }
            return text;
        }
    }

    @Override
    public void render(String templateName, Writer writer) {
        render(templateName, new HashMap<>(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        VelocityContext velocity = new VelocityContext(new HashMap<>(context));
        velocity.put("i18n", new I18n());
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (reference, value) ->
                value == null || reference.replaceAll("[${}!]", "").endsWith("Html") ? value : escape(value.toString()));
        cartridge.attachToContext(velocity);
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(velocity, writer);
        } catch (Exception e) {
            throw new RenderingException(e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        VelocityContext velocity = new VelocityContext(new HashMap<>(context));
        velocity.put("i18n", new I18n());
        engine.evaluate(velocity, out, "fragment", fragment);
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
