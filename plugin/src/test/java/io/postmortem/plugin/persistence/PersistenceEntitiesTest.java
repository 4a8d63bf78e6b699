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

    @Test
    void theDescriptorDeclaresEveryUpgradeTaskInVersionOrderFromVersionTwo() throws Exception {
        List<String> tasks = new ArrayList<>();
        try (InputStream descriptor = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor);
            NodeList declared = document.getElementsByTagName("upgradeTask");
            for (int i = 0; i < declared.getLength(); i++) {
                assertThat(declared.item(i).getParentNode().getNodeName()).isEqualTo("ao");
                tasks.add(declared.item(i).getTextContent().trim());
            }
        }

        assertThat(tasks).contains("io.postmortem.plugin.persistence.upgrade.v2.Upgrade2ClosedOnTimeTask")
                .isEqualTo(PersistenceEntities.upgradeTasks().stream().map(t -> t.getClass().getName()).toList());
        int expected = 2;
        for (String name : tasks) {
            Object task = Class.forName(name).getConstructor().newInstance();
            assertThat(task).isInstanceOf(com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask.class);
            assertThat(((com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask) task).getModelVersion())
                    .hasToString(String.valueOf(expected++));
        }
    }
}
