package io.postmortem.plugin.persistence;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira migrates the entities the descriptor lists; the sandbox and tests migrate PersistenceEntities. They agree. */
class PersistenceEntitiesTest {

    @Test
    void theDescriptorListsExactlyTheEntitiesOfTheCurrentSchema() throws Exception {
        List<String> declared = new ArrayList<>();
        try (InputStream descriptor = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor);
            NodeList entities = document.getElementsByTagName("entity");
            for (int i = 0; i < entities.getLength(); i++) {
                declared.add(entities.item(i).getTextContent().trim());
            }
        }

        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                PersistenceEntities.all().stream().map(Class::getName).toList());
    }
}
