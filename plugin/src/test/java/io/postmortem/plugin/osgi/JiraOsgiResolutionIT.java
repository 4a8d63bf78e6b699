package io.postmortem.plugin.osgi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built plugin jar in Apache Felix, against the packages Jira 11 exports to plugins (jira11-exports.txt): it
 * resolves (every Import-Package satisfied at its version range), and no package it embeds is wired to the host, so
 * the embedded Jackson and core can never meet Jira's copies at another version. Runs after packaging (failsafe).
 */
class JiraOsgiResolutionIT {
    @TempDir
    Path storage;

    @Test
    void thePluginResolvesAgainstWhatJira11ExportsAndUsesItsOwnEmbeddedPackages() throws Exception {
        try (FelixHost felix = FelixHost.start(storage, JiraExports.load(), pluginJar())) {
            assertThat(felix.resolutionFailure()).as("Felix resolving the plugin").isNull();

            Map<String, String> wires = felix.importWires();
            assertThat(wires).as("imports wired to Jira").containsKeys("com.atlassian.jira.issue",
                    "com.atlassian.activeobjects.external", "jakarta.ws.rs", "jakarta.servlet.http", "org.slf4j");
            Set<String> embedded = embeddedPackages(pluginJar());
            assertThat(embedded).as("packages the jar embeds").contains("com.fasterxml.jackson.databind",
                    "io.postmortem.core.postmortem");
            assertThat(wires.keySet()).as("embedded packages wired to the host instead of the bundle's own copy")
                    .doesNotContainAnyElementsOf(embedded);
        }
    }

    @Test
    void aPackageJiraDoesNotExportIsNamedInTheResolutionFailure() throws Exception {
        JiraExports withoutIssues = JiraExports.load().without("com.atlassian.jira.issue");

        try (FelixHost felix = FelixHost.start(storage, withoutIssues, pluginJar())) {
            assertThat(felix.resolutionFailure()).contains("com.atlassian.jira.issue");
        }
    }

    @Test
    void aVersionOutsideTheImportedRangeDoesNotResolve() throws Exception {
        JiraExports old = JiraExports.load().without("jakarta.servlet.http");
        JiraExports withJavaxEraServlet = new JiraExports(java.util.stream.Stream.concat(old.exports().stream(),
                java.util.stream.Stream.of(new JiraExports.Export("jakarta.servlet.http", "4.0.4", "test"))).toList());

        try (FelixHost felix = FelixHost.start(storage, withJavaxEraServlet, pluginJar())) {
            assertThat(felix.resolutionFailure()).contains("jakarta.servlet.http");
        }
    }

    @Test
    void everyExportedPackageHasAVersionAndEvidence() {
        assertThat(JiraExports.load().exports()).isNotEmpty().allSatisfy(export -> {
            assertThat(export.version()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(export.evidence()).isNotBlank();
        });
    }

    /** Packages of the classes in the jar's embedded libraries (META-INF/lib/*.jar). */
    private static Set<String> embeddedPackages(Path jar) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("META-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (ZipInputStream embedded = new ZipInputStream(file.getInputStream(entry))) {
                        ZipEntry inner;
                        while ((inner = embedded.getNextEntry()) != null) {
                            String name = inner.getName();
                            if (name.endsWith(".class") && !name.startsWith("META-INF/") && name.contains("/")) {
                                packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        }
        return packages;
    }

    private static Path pluginJar() throws IOException {
        String configured = System.getProperty("postmortem.plugin.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("postmortem-for-jira-[^-]+.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-tests.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no plugin jar in target/; run mvn package first"));
        }
    }
}
