package io.postmortem.plugin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The built plugin jar checked as Jira would meet it ({@link PluginJarChecks}). Runs after packaging (failsafe);
 * the jar is named by system property {@value #JAR_PROPERTY} (set by the pom), else the one plugin jar in target/.
 */
class PluginJarIT {
    static final String JAR_PROPERTY = "postmortem.plugin.jar";

    private static PluginJarChecks checks;

    @BeforeAll
    static void open() throws IOException {
        checks = new PluginJarChecks(PluginJar.open(jarFile()));
    }

    @Test
    void theDescriptorIsAtTheJarRoot() {
        report(checks.descriptorAtRoot());
    }

    @Test
    void theManifestMakesItATransformerlessPluginWithOurKey() {
        report(checks.transformerlessManifestWithOurKey());
    }

    @Test
    void ourClassesAreJava21() {
        report(checks.ourClassesNotJava21());
    }

    @Test
    void noHostClassesAreShipped() {
        report(checks.hostClassesShipped());
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJar() {
        report(checks.descriptorClassesMissing());
    }

    @Test
    void everyBeanClassOfTheSpringContextIsInTheJar() {
        report(checks.springBeanClassesMissing());
    }

    @Test
    void everyHostServiceTheSpringContextImportsIsImportedByTheBundle() {
        report(checks.hostServiceInterfacesNotImported());
    }

    @Test
    void everyI18nKeyUsedExists() {
        report(checks.i18nKeysMissing());
    }

    @Test
    void everyScriptTextComesThroughJirasJsI18nTransformer() {
        report(checks.scriptTextsNotTransformed());
    }

    @Test
    void everyPackageOurClassesNeedIsShippedOrImported() {
        report(checks.packagesNeitherShippedNorImported());
    }

    @Test
    void importPackageFollowsAtlassiansDefaultsForTransformerlessPlugins() throws IOException {
        report(checks.importsNotAsAtlassianDefaults());
        report(PluginJarChecks.importInstructionNotAsAtlassianDefaults(Files.readString(Path.of("pom.xml"))));
    }

    private static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in the plugin jar:\n  " + String.join("\n  ", problems));
        }
    }

    private static Path jarFile() throws IOException {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path)) {
                fail("the plugin jar " + path + " (system property " + JAR_PROPERTY + ") does not exist: run "
                        + "`mvn -pl plugin -am verify`, which packages it before these checks");
            }
            return path;
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("postmortem-for-jira-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar")).toList();
            if (jars.size() != 1) {
                fail("set system property " + JAR_PROPERTY + "; target/ holds " + jars.size() + " plugin jars: " + jars);
            }
            return jars.get(0);
        }
    }
}
