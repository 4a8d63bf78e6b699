package io.postmortem.plugin;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mandatory host service in host-imports.xml is one Jira 11 is seen exporting to plugins
 * (jira11-services.txt, with evidence); every other one is optional, so its absence turns a feature off
 * (HostCalls) instead of keeping the whole plugin from enabling.
 */
class HostImportsEvidenceTest {

    @Test
    void everyMandatoryHostServiceHasJira11EvidenceAndTheRestAreOptional() throws Exception {
        Map<String, String> evidenced = evidencedServices();
        List<String> problems = new ArrayList<>();
        List<Element> references = references();
        for (Element reference : references) {
            String type = reference.getAttribute("interface");
            boolean optional = "optional".equals(reference.getAttribute("availability"));
            if (!optional && !evidenced.containsKey(type)) {
                problems.add(reference.getAttribute("id") + " (" + type + ") is mandatory but no Jira 11 plugin is "
                        + "seen importing it: add evidence to jira11-services.txt or make it availability=\"optional\"");
            }
        }

        assertThat(references).as("host services imported").hasSizeGreaterThan(10);
        assertThat(problems).isEmpty();
        assertThat(references).filteredOn(r -> r.getAttribute("interface").endsWith(".MailQueue"))
                .singleElement().satisfies(r -> assertThat(r.getAttribute("availability")).isEqualTo("optional"));
    }

    private static Map<String, String> evidencedServices() throws Exception {
        try (InputStream in = HostImportsEvidenceTest.class.getResourceAsStream("/jira11-services.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .peek(f -> assertThat(f).as("interface and evidence").hasSize(2))
                    .collect(Collectors.toMap(f -> f[0].strip(), f -> f[1].strip()));
        }
    }

    private static List<Element> references() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = HostImportsEvidenceTest.class.getResourceAsStream("/META-INF/spring/host-imports.xml")) {
            NodeList nodes = factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS("http://www.eclipse.org/gemini/blueprint/schema/blueprint", "reference");
            List<Element> references = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                references.add((Element) nodes.item(i));
            }
            return references;
        }
    }
}
