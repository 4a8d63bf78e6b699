package io.postmortem.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core is plain Java: the domain must not know which host runs it. */
@AnalyzeClasses(packages = "io.postmortem.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_knows_no_host = noClasses()
            .that().resideInAPackage("io.postmortem.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "jakarta..", "javax.ws..", "javax.servlet..",
                    "org.apache.velocity..", "org.springframework..", "com.fasterxml..")
            .because("the core is the domain and its use cases; hosts are adapters (docs/architecture.md)");

    @ArchTest
    static final ArchRule core_packages_have_no_cycles = SlicesRuleDefinition.slices()
            .matching("io.postmortem.core.(*)..")
            .should().beFreeOfCycles()
            .because("a feature's package may use another's, never both ways: each can be read and changed alone");

    @ArchTest
    static final ArchRule core_classes_exist = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("io.postmortem.core..")
            .should().resideInAPackage("io.postmortem.core..")
            .allowEmptyShould(false);
}
