package io.postmortem.plugin.templates;

import io.postmortem.plugin.admin.AdminPage;
import io.postmortem.plugin.learning.LibraryPage;
import io.postmortem.plugin.panel.IncidentPanel;
import io.postmortem.plugin.panel.PostmortemPanel;
import io.postmortem.plugin.panel.ProblemPanel;
import io.postmortem.testkit.velocity.TemplateRenderer;
import io.postmortem.testkit.velocity.VelocityAllowlist;
import io.postmortem.testkit.velocity.VelocityAllowlistException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every template renders under the descriptor's velocity-allowlist as Jira 10+ enforces it, and every entry of the
 * allowlist is needed: without any one of them some template fails to render. So a method a template starts to call
 * must be listed, and a listed method nothing calls any more is noticed.
 *
 * <p>The view models are filled by reflection (every boolean true, then false; and each again with every nested
 * view absent), so both sides of each {@code #if} run.
 */
class VelocityAllowlistTest {

    private static final String CONTEXT_PATH = "/jira";

    @Test
    void everyTemplateRendersUnderTheDescriptorsAllowlist() {
        TemplateRenderer renderer = TemplateRenderer.builder().failOnMissingKey(false).build();

        for (Map.Entry<String, Map<String, Object>> rendering : renderings().entrySet()) {
            assertThat(renderer.render(templateOf(rendering.getKey()), rendering.getValue()))
                    .as(rendering.getKey()).isNotBlank();
        }
    }

    @Test
    void withoutAnyOneEntrySomeTemplateFailsToRender() {
        VelocityAllowlist descriptor = descriptorAllowlist();
        assertThat(descriptor.entries()).isNotEmpty();

        List<String> unneeded = new ArrayList<>();
        for (String entry : descriptor.entries()) {
            Set<String> others = new HashSet<>(descriptor.entries());
            others.remove(entry);
            TemplateRenderer renderer = TemplateRenderer.builder().failOnMissingKey(false)
                    .allowlist(allowlistOf(others)).build();
            if (!refusedEntries(renderer).contains(entry)) {
                unneeded.add(entry);
            }
        }
        assertThat(unneeded).as("entries no template needed").isEmpty();
    }

    @Test
    void aMethodTheAllowlistLacksFailsToRender() {
        TemplateRenderer renderer = TemplateRenderer.builder().failOnMissingKey(false).build();

        assertThatThrownBy(() -> renderer.renderText("$panel.toString()",
                Map.of("panel", sample(ProblemPanel.class, Fill.TRUE, true))))
                .isInstanceOf(VelocityAllowlistException.class)
                .hasMessageContaining("io.postmortem.plugin.panel.ProblemPanel#toString()");
    }

    private static Set<String> refusedEntries(TemplateRenderer renderer) {
        Set<String> refused = new HashSet<>();
        for (Map.Entry<String, Map<String, Object>> rendering : renderings().entrySet()) {
            try {
                renderer.render(templateOf(rendering.getKey()), rendering.getValue());
            } catch (VelocityAllowlistException e) {
                refused.add(e.entry());
            } catch (RuntimeException e) {
                Throwable cause = e;
                while (cause != null && !(cause instanceof VelocityAllowlistException)) {
                    cause = cause.getCause();
                }
                if (cause == null) {
                    throw e;
                }
                refused.add(((VelocityAllowlistException) cause).entry());
            }
        }
        return refused;
    }

    /** Each rendering: "template path|variant" to its context. */
    private static Map<String, Map<String, Object>> renderings() {
        Map<String, Map<String, Object>> renderings = new java.util.LinkedHashMap<>();
        for (Fill fill : Fill.values()) {
            renderings.put("templates/panels/incident-postmortem.vm|" + fill, panel(IncidentPanel.class, fill));
            renderings.put("templates/panels/incident-timeline.vm|" + fill, panel(IncidentPanel.class, fill));
        }
        // A postmortem's document always has its postmortem; a Problem ticket's panel has no nested view.
        for (Fill fill : List.of(Fill.TRUE, Fill.FALSE, Fill.PUBLISHED_TRUE, Fill.PUBLISHED_FALSE)) {
            renderings.put("templates/panels/postmortem-document.vm|" + fill, panel(PostmortemPanel.class, fill));
            renderings.put("templates/panels/problem-ticket.vm|" + fill, panel(ProblemPanel.class, fill));
        }
        renderings.put("templates/learning/library.vm|page", new HashMap<>(new LibraryPage.Model(CONTEXT_PATH,
                CONTEXT_PATH + "/rest/postmortem/1.0", List.of(new LibraryPage.Option("payments", "Payments")),
                List.of(), List.of(), List.of()).context()));
        renderings.put("templates/admin/admin-page.vm|page", new HashMap<>(AdminPage.context(CONTEXT_PATH)));
        return renderings;
    }

    private static String templateOf(String rendering) {
        return rendering.substring(0, rendering.indexOf('|'));
    }

    /** How a sample view model is filled. */
    enum Fill {
        TRUE, FALSE, BARE_TRUE, BARE_FALSE, PUBLISHED_TRUE, PUBLISHED_FALSE;

        boolean bare() {
            return this == BARE_TRUE || this == BARE_FALSE;
        }

        /** Views whose {@code status} says published, for the parts a template shows only then. */
        boolean published() {
            return this == PUBLISHED_TRUE || this == PUBLISHED_FALSE;
        }
    }

    private static Map<String, Object> panel(Class<?> type, Fill fill) {
        Map<String, Object> context = new HashMap<>();
        context.put("panel", sample(type, fill, true));
        context.put("contextPath", CONTEXT_PATH);
        return context;
    }

    private static VelocityAllowlist descriptorAllowlist() {
        try (InputStream descriptor = VelocityAllowlistTest.class.getClassLoader()
                .getResourceAsStream(VelocityAllowlist.DESCRIPTOR)) {
            return VelocityAllowlist.fromDescriptor(descriptor);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static VelocityAllowlist allowlistOf(Set<String> entries) {
        StringBuilder xml = new StringBuilder("<atlassian-plugin><velocity-allowlist key=\"v\">");
        entries.forEach(entry -> xml.append("<method>").append(entry).append("</method>"));
        xml.append("</velocity-allowlist></atlassian-plugin>");
        return VelocityAllowlist.fromDescriptor(new java.io.ByteArrayInputStream(
                xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * A value of {@code type} with every part filled: strings, one-element lists, booleans as {@code fill} says, and
     * nested records and list elements absent when {@code fill} is bare.
     */
    static Object sample(Type type, Fill fill, boolean top) {
        boolean flag = fill == Fill.TRUE || fill == Fill.BARE_TRUE || fill == Fill.PUBLISHED_TRUE;
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type element = parameterized.getActualTypeArguments()[0];
            if (List.class.isAssignableFrom(raw) || raw == java.util.Collection.class) {
                return fill.bare() ? new ArrayList<>() : new ArrayList<>(List.of(sample(element, fill, false)));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return fill.bare() ? Set.of() : Set.of(sample(element, fill, false));
            }
            if (Optional.class == raw) {
                return flag ? Optional.of(sample(element, fill, false)) : Optional.empty();
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of();
            }
            return sample(raw, fill, top);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "S-1";
        }
        if (c == boolean.class || c == Boolean.class) {
            return flag;
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == double.class || c == Double.class) {
            return 1.0;
        }
        if (c == Instant.class) {
            return Instant.parse("2026-11-25T09:00:00Z");
        }
        if (c == LocalDate.class) {
            return LocalDate.parse("2026-11-25");
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            if (fill.bare() && !top) {
                return null;
            }
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = fill.published() && components[i].getName().equals("status")
                        && components[i].getType() == String.class
                        ? "PUBLISHED" : sample(components[i].getGenericType(), fill, false);
            }
            try {
                return c.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a sample " + c.getName(), e);
            }
        }
        if (List.class == c) {
            return List.of();
        }
        if (Map.class == c) {
            return Map.of();
        }
        return fail("no sample for " + c.getName());
    }
}
