package io.postmortem.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar checks against small jars built here, good and broken in one way each. */
class PluginJarChecksTest {
    private static final String SAMPLE = "io/postmortem/plugin/fixture/SampleResource.class";
    private static final String CORE_CLASS = "io/postmortem/core/shared/NotFoundException.class";
    private static final String DESCRIPTOR = """
            <atlassian-plugin key="io.postmortem.postmortem-for-jira" name="P" plugins-version="2">
                <resource type="i18n" name="i18n" location="i18n.postmortem"/>
                <rest key="rest" path="/postmortem" version="1.0" i18n-name-key="rest.name">
                    <description key="rest.description"/>
                    <package>io.postmortem.plugin.fixture</package>
                </rest>
                <web-panel key="panel" class="io.postmortem.plugin.fixture.SampleResource">
                    <label key="panel.label"/>
                </web-panel>
                <ao key="ao"><entity>io.postmortem.plugin.fixture.SampleResource</entity></ao>
            </atlassian-plugin>
            """;
    private static final String I18N = "rest.name=R\nrest.description=D\npanel.label=L\npanel.title=T\n";
    private static final String SPRING = """
            <beans xmlns="http://www.springframework.org/schema/beans"
                   xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint">
                <bean id="sample" class="io.postmortem.plugin.fixture.SampleResource"/>
                <osgi:reference id="ao" interface="com.atlassian.activeobjects.external.ActiveObjects"/>
            </beans>
            """;

    @TempDir
    Path dir;

    @Test
    void aGoodJarPassesEveryCheck() throws IOException {
        PluginJarChecks checks = checksOf(good());

        assertThat(checks.descriptorAtRoot()).isEmpty();
        assertThat(checks.transformerlessManifestWithOurKey()).isEmpty();
        assertThat(checks.ourClassesNotJava21()).isEmpty();
        assertThat(checks.hostClassesShipped()).isEmpty();
        assertThat(checks.descriptorClassesMissing()).isEmpty();
        assertThat(checks.springBeanClassesMissing()).isEmpty();
        assertThat(checks.hostServiceInterfacesNotImported()).isEmpty();
        assertThat(checks.i18nKeysMissing()).isEmpty();
        assertThat(checks.packagesNeitherShippedNorImported()).isEmpty();
    }

    @Test
    void aMissingDescriptorIsReported() throws IOException {
        TestJar jar = good();
        jar.entries.remove("atlassian-plugin.xml");

        assertThat(checksOf(jar).descriptorAtRoot()).singleElement().asString()
                .startsWith("atlassian-plugin.xml is missing from the root");
    }

    @Test
    void theManifestNeedsOurKeyAndASpringContext() throws IOException {
        TestJar jar = good();
        jar.manifest.remove("Spring-Context");
        jar.manifest.put("Atlassian-Plugin-Key", "io.postmortem.other");

        assertThat(checksOf(jar).transformerlessManifestWithOurKey()).containsExactly(
                "manifest Atlassian-Plugin-Key is 'io.postmortem.other', expected 'io.postmortem.postmortem-for-jira'",
                "manifest header Spring-Context is missing: Jira would not start the plugin's Spring context",
                "atlassian-plugin.xml <atlassian-plugin key=\"io.postmortem.postmortem-for-jira\"> differs from the "
                        + "manifest's Atlassian-Plugin-Key 'io.postmortem.other' or from 'io.postmortem.postmortem-for-jira'");
    }

    @Test
    void aDescriptorKeyOtherThanOursIsReported() throws IOException {
        TestJar jar = good();
        jar.text("atlassian-plugin.xml", DESCRIPTOR.replace("key=\"io.postmortem.postmortem-for-jira\"", "key=\"x.y\""));

        assertThat(checksOf(jar).transformerlessManifestWithOurKey()).singleElement().asString()
                .contains("<atlassian-plugin key=\"x.y\">");
    }

    @Test
    void anOlderClassFileIsReported() throws IOException {
        TestJar jar = good();
        byte[] java8 = jar.entries.get(SAMPLE).clone();
        java8[7] = 52;
        jar.entries.put(SAMPLE, java8);

        assertThat(checksOf(jar).ourClassesNotJava21())
                .containsExactly(SAMPLE + " is class file version 52, not 65 (Java 21)");
    }

    @Test
    void hostClassesAreReportedEvenInsideEmbeddedJars() throws IOException {
        TestJar jar = good();
        jar.entries.put("META-INF/lib/core.jar", zip(Map.of(CORE_CLASS, classBytes(CORE_CLASS),
                "net/java/ao/Entity.class", new byte[]{1})));
        jar.entries.put("com/atlassian/jira/Thing.class", new byte[]{1});

        assertThat(checksOf(jar).hostClassesShipped()).containsExactlyInAnyOrder(
                "com/atlassian/jira/Thing.class is shipped, but Jira provides it (check the dependency's scope)",
                "META-INF/lib/core.jar!/net/java/ao/Entity.class is shipped, but Jira provides it (check the dependency's scope)");
    }

    @Test
    void classesTheDescriptorNamesMustBeInTheJar() throws IOException {
        TestJar jar = good();
        jar.text("atlassian-plugin.xml", DESCRIPTOR
                .replace("class=\"io.postmortem.plugin.fixture.SampleResource\"", "class=\"io.postmortem.plugin.Gone\"")
                .replace("<entity>io.postmortem.plugin.fixture.SampleResource", "<entity>io.postmortem.plugin.ao.GoneEntity")
                .replace("<package>io.postmortem.plugin.fixture", "<package>io.postmortem.plugin.nowhere"));

        assertThat(checksOf(jar).descriptorClassesMissing()).containsExactly(
                "atlassian-plugin.xml: <rest><package>io.postmortem.plugin.nowhere</package> names a package with no classes in the jar",
                "atlassian-plugin.xml: <web-panel class=\"io.postmortem.plugin.Gone\"> names a class that is not in the jar",
                "atlassian-plugin.xml: <entity>io.postmortem.plugin.ao.GoneEntity</entity> names a class that is not in the jar");
    }

    @Test
    void beanClassesMustBeInTheJarButHostInterfacesNeedNot() throws IOException {
        TestJar jar = good();
        jar.text("META-INF/spring/more.xml", "<beans><bean id=\"x\" class=\"io.postmortem.plugin.Missing\"/></beans>");

        assertThat(checksOf(jar).springBeanClassesMissing()).containsExactly(
                "META-INF/spring/more.xml: <bean class=\"io.postmortem.plugin.Missing\"> names a class that is not in the jar");
    }

    @Test
    void hostServiceInterfacesMustBeImported() throws IOException {
        TestJar jar = good();
        jar.manifest.put("Import-Package", "jakarta.ws.rs.core");

        assertThat(checksOf(jar).hostServiceInterfacesNotImported()).containsExactly(
                "META-INF/spring/plugin-context.xml: <osgi:reference interface=\"com.atlassian.activeobjects.external."
                        + "ActiveObjects\"> needs package com.atlassian.activeobjects.external in the manifest's "
                        + "Import-Package [jakarta.ws.rs.core]");
    }

    @Test
    void i18nKeysOfTheDescriptorAndTheTemplatesMustExist() throws IOException {
        TestJar jar = good();
        jar.text("i18n/postmortem.properties", "rest.description=D\npanel.title=T\n");
        jar.text("templates/panel/view.vm", """
                <h1>$i18n.getText("panel.title")</h1>
                <p>$!{i18n.getText('panel.help', $count)}</p>
                """);

        assertThat(checksOf(jar).i18nKeysMissing()).containsExactly(
                "i18n key panel.help (used by templates/panel/view.vm) is not in i18n/postmortem.properties",
                "i18n key panel.label (used by atlassian-plugin.xml <label key>) is not in i18n/postmortem.properties",
                "i18n key rest.name (used by atlassian-plugin.xml <rest i18n-name-key>) is not in i18n/postmortem.properties");
    }

    @Test
    void i18nKeysOfTheScriptsMustExist() throws IOException {
        TestJar jar = good();
        jar.text("js/panel.js", """
                el.textContent = AJS.I18n.getText('panel.title');
                other.textContent = WRM.I18n.getText("panel.missing", count);
                """);

        assertThat(checksOf(jar).i18nKeysMissing()).containsExactly(
                "i18n key panel.missing (used by js/panel.js) is not in i18n/postmortem.properties");
    }

    @Test
    void scriptTextsNeedTheJsI18nTransformationAndLiteralKeys() throws IOException {
        TestJar jar = good();
        jar.text("atlassian-plugin.xml", DESCRIPTOR.replace("</atlassian-plugin>", """
                    <web-resource key="plain">
                        <resource type="download" name="plain.js" location="/js/plain.js"/>
                    </web-resource>
                    <web-resource key="translated">
                        <resource type="download" name="translated.js" location="/js/translated.js"/>
                        <transformation extension="js"><transformer key="jsI18n"/></transformation>
                    </web-resource>
                </atlassian-plugin>"""));
        jar.text("js/plain.js", "a.textContent = AJS.I18n.getText('panel.title');");
        jar.text("js/translated.js", "a.textContent = AJS.I18n.getText('panel.title') + AJS.I18n.getText(key);");

        assertThat(checksOf(jar).scriptTextsNotTransformed()).containsExactlyInAnyOrder(
                "js/plain.js calls I18n.getText but a web-resource serving it declares no jsI18n transformation",
                "js/translated.js calls I18n.getText with a computed key, which jsI18n cannot replace");
        assertThat(checksOf(good()).scriptTextsNotTransformed()).isEmpty();
    }

    @Test
    void aPackageNeitherShippedNorImportedIsReported() throws IOException {
        TestJar jar = good();
        jar.manifest.put("Import-Package", "org.slf4j;version=\"[1.7,3)\"");
        jar.entries.remove("META-INF/lib/core.jar");

        assertThat(checksOf(jar).packagesNeitherShippedNorImported()).containsExactly(
                "package io.postmortem.core.shared is used by [" + SAMPLE + "] but is neither in the jar nor in the "
                        + "manifest's Import-Package [org.slf4j]",
                "package jakarta.ws.rs.core is used by [" + SAMPLE + "] but is neither in the jar nor in the "
                        + "manifest's Import-Package [org.slf4j]");
    }

    @Test
    void importPackageHeadersAreReadWithTheirAttributes() {
        assertThat(PluginJarChecks.importedPackages(
                "a.b;c.d;version=\"[1,2)\",e.f;resolution:=optional,g.h;version=0"))
                .containsExactly("a.b", "c.d", "e.f", "g.h");
    }

    @Test
    void aClassFileNamesTheClassesOfItsSignaturesButNotItsStrings() {
        ClassFile sample = ClassFile.read(SAMPLE, classBytes(SAMPLE));

        assertThat(sample.majorVersion()).isEqualTo(65);
        assertThat(sample.referencedClasses())
                .contains("jakarta/ws/rs/core/Response", "io/postmortem/core/shared/NotFoundException")
                .noneMatch(name -> name.contains("nothing here"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private TestJar good() throws IOException {
        TestJar jar = new TestJar();
        jar.manifest.put("Atlassian-Plugin-Key", "io.postmortem.postmortem-for-jira");
        jar.manifest.put("Spring-Context", "*");
        jar.manifest.put("Import-Package", "jakarta.ws.rs.core;version=\"[3,4)\",org.slf4j;version=\"[1.7,3)\","
                + "com.atlassian.activeobjects.external;version=\"0\"");
        jar.text("atlassian-plugin.xml", DESCRIPTOR);
        jar.text("i18n/postmortem.properties", I18N);
        jar.text("META-INF/spring/plugin-context.xml", SPRING);
        jar.text("templates/panel/view.vm", "<h1>$i18n.getText(\"panel.title\")</h1>");
        jar.entries.put(SAMPLE, classBytes(SAMPLE));
        jar.entries.put("META-INF/lib/core.jar", zip(Map.of(CORE_CLASS, classBytes(CORE_CLASS))));
        return jar;
    }

    private PluginJarChecks checksOf(TestJar jar) throws IOException {
        Path file = dir.resolve("plugin-" + System.nanoTime() + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        jar.manifest.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : jar.entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return new PluginJarChecks(PluginJar.open(file));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] classBytes(String resource) {
        try (InputStream in = PluginJarChecksTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class TestJar {
        final Map<String, String> manifest = new LinkedHashMap<>();
        final Map<String, byte[]> entries = new LinkedHashMap<>();

        void text(String name, String content) {
            entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theImportInstructionMustEndWithTheOptionalWildcardAndCarryTheBlueprintEntries() {
        String defaults = "<Import-Package>\n com.atlassian.*;version=\"0\",\n"
                + " org.springframework.osgi.*;resolution:=\"optional\",\n"
                + " org.eclipse.gemini.blueprint.*;resolution:=optional,\n *;resolution:=optional\n</Import-Package>";
        assertThat(PluginJarChecks.importInstructionNotAsAtlassianDefaults(defaults)).isEmpty();

        String closed = "<Import-Package>com.atlassian.*;version=\"0\", !*</Import-Package>";
        assertThat(PluginJarChecks.importInstructionNotAsAtlassianDefaults(closed))
                .anyMatch(p -> p.contains("!*"))
                .anyMatch(p -> p.contains("must end with *;resolution:=optional"))
                .anyMatch(p -> p.contains("org.eclipse.gemini.blueprint"));
    }

    @Test
    void manifestImportsOutsideTheHostPackagesMustBeOptionalAndNeverJavaOrShipped() throws IOException {
        TestJar good = good();
        good.manifest.put("Import-Package", "org.slf4j;version=\"[1.7,3)\",org.w3c.dom;resolution:=optional");
        assertThat(checksOf(good).importsNotAsAtlassianDefaults()).isEmpty();

        TestJar bad = good();
        bad.manifest.put("Import-Package",
                "java.util;resolution:=optional,org.w3c.dom,org.slf4j,io.postmortem.core.shared;version=\"0\"");
        assertThat(checksOf(bad).importsNotAsAtlassianDefaults()).hasSize(4)
                .anyMatch(p -> p.contains("java.util"))
                .anyMatch(p -> p.contains("makes org.w3c.dom mandatory"))
                .anyMatch(p -> p.contains("org.slf4j without a version"))
                .anyMatch(p -> p.contains("io.postmortem.core.shared, which the jar ships"));
    }
}
