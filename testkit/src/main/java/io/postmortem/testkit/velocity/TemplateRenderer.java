package io.postmortem.testkit.velocity;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.JdkLogChute;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the plugin's Velocity templates the way Jira does: Velocity 1.7, templates read from the class path
 * (e.g. {@code templates/panels/postmortem.vm}), every reference HTML-escaped unless its name ends in {@code Html}
 * ({@link JiraHtmlEscaping}), an {@code $i18n} ({@link TemplateI18n}) over {@code i18n/postmortem.properties}, and
 * only the methods the plugin descriptor's velocity-allowlist lists ({@link VelocityAllowlist}), when the class path
 * has a descriptor.
 * Thread-safe once built; used by tests and by the sandbox at runtime.
 *
 * <pre>{@code
 * TemplateRenderer renderer = TemplateRenderer.builder().build();
 * String html = renderer.render("templates/panels/postmortem.vm", Map.of("view", view));
 * }</pre>
 */
public final class TemplateRenderer {
    public static final String DEFAULT_I18N = "i18n/postmortem.properties";

    private final VelocityEngine engine;
    private final TemplateI18n i18n;

    private TemplateRenderer(VelocityEngine engine, TemplateI18n i18n) {
        this.engine = engine;
        this.i18n = i18n;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Renders a template from the class path; the context may override {@code $i18n}. */
    public String render(String templatePath, Map<String, ?> context) {
        Template template = engine.getTemplate(templatePath, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(contextOf(context), out);
        return out.toString();
    }

    /** Renders template text given inline, under the same rules (for small fragments and tests). */
    public String renderText(String templateText, Map<String, ?> context) {
        StringWriter out = new StringWriter();
        engine.evaluate(contextOf(context), out, "inline", templateText);
        return out.toString();
    }

    public TemplateI18n i18n() {
        return i18n;
    }

    private VelocityContext contextOf(Map<String, ?> values) {
        VelocityContext context = new VelocityContext();
        context.put("i18n", i18n);
        values.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new JiraHtmlEscaping());
        events.attachToContext(context);
        return context;
    }

    public static final class Builder {
        private ClassLoader classLoader = TemplateRenderer.class.getClassLoader();
        private String i18nResource = DEFAULT_I18N;
        private Locale locale = Locale.ENGLISH;
        private boolean failOnMissingKey = true;
        private boolean strictReferences = false;
        private VelocityAllowlist allowlist;

        private Builder() {
        }

        /** Where templates and the i18n properties are read from; by default the testkit's own class path. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        public Builder i18n(String propertiesResource) {
            this.i18nResource = propertiesResource;
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /** True by default: a missing key throws. False shows the key itself, as Jira does. */
        public Builder failOnMissingKey(boolean fail) {
            this.failOnMissingKey = fail;
            return this;
        }

        /**
         * False by default, as in Jira: an undefined {@code $reference} is written out as written. True makes it
         * an error, which catches a misspelt name in a test.
         */
        public Builder strictReferences(boolean strict) {
            this.strictReferences = strict;
            return this;
        }

        /**
         * The methods templates may call. By default the class path's {@code atlassian-plugin.xml} decides, as in
         * Jira 10+; without a descriptor (the testkit's own tests) nothing is enforced.
         */
        public Builder allowlist(VelocityAllowlist allowlist) {
            this.allowlist = allowlist;
            return this;
        }

        public TemplateRenderer build() {
            VelocityEngine engine = new VelocityEngine();
            VelocityAllowlist methods = allowlist != null ? allowlist : descriptorAllowlist(classLoader);
            if (methods != null) {
                AllowlistUberspector.install(engine, methods.withHostObjects(TemplateI18n.class));
            }
            engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "plugin");
            engine.setProperty("plugin.resource.loader.instance", new ClassLoaderResourceLoader(classLoader));
            engine.setProperty("plugin.resource.loader.cache", "true");
            engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
            engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
            engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, JdkLogChute.class.getName());
            engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
            engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, String.valueOf(strictReferences));
            engine.init();
            return new TemplateRenderer(engine,
                    TemplateI18n.fromClasspath(classLoader, i18nResource, locale, failOnMissingKey));
        }

        private static VelocityAllowlist descriptorAllowlist(ClassLoader classLoader) {
            try (java.io.InputStream descriptor = classLoader.getResourceAsStream(VelocityAllowlist.DESCRIPTOR)) {
                return descriptor == null ? null : VelocityAllowlist.fromDescriptor(descriptor);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
