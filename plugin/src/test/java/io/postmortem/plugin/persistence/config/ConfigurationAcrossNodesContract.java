package io.postmortem.plugin.persistence.config;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.plugin.persistence.PersistenceEntities;
import io.postmortem.testkit.ao.ActiveObjectsTestCase;
import io.postmortem.testkit.ao.AoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two cluster nodes on one database: each has its own Active Objects (its own entity manager and caches) and its own
 * configuration store with its own parsed snapshot. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class ConfigurationAcrossNodesContract extends ActiveObjectsTestCase {
    private AoDatabase secondNode;
    private AoConfigurationStore nodeA;
    private AoConfigurationStore nodeB;

    @BeforeEach
    void twoNodes() {
        ao.migrate(PersistenceEntities.asArray());
        secondNode = database.anotherNode();
        nodeA = new AoConfigurationStore(ao);
        nodeB = new AoConfigurationStore(secondNode.activeObjects());
    }

    @AfterEach
    void closeSecondNode() {
        secondNode.close();
    }

    @Test
    void aSaveOnOneNodeIsSeenByTheNextLoadOnTheOther() {
        nodeA.save(Configuration.defaults(), "alice", List.of("first"));
        assertThat(nodeB.load()).as("node B parses version 1").isEqualTo(Configuration.defaults());

        Configuration changed = SampleConfigurations.customised();
        nodeA.save(changed, "alice", List.of("customised"));

        assertThat(nodeB.load()).isEqualTo(changed);
        assertThat(nodeA.load()).isEqualTo(changed);

        nodeB.save(Configuration.defaults(), "bob", List.of("back"));
        assertThat(nodeA.load()).isEqualTo(Configuration.defaults());
    }

    @Test
    void anUnchangedConfigurationCostsOneStatementThatDoesNotReadTheDocument() {
        nodeA.save(SampleConfigurations.customised(), "alice", List.of("first"));
        nodeB.load();

        List<String> sql = new ArrayList<>();
        AoDatabase.Counted<Configuration> again = database.counting(nodeA::load, sql::add);

        assertThat(again.statements()).isEqualTo(1);
        assertThat(sql.get(0)).contains("VERSION").doesNotContain("JSON");
        assertThat(again.result()).isEqualTo(SampleConfigurations.customised());
    }

    @Test
    void aChangeIsReadAndParsedOncePerNode() {
        nodeA.save(Configuration.defaults(), "alice", List.of("first"));
        nodeB.load();
        nodeA.save(SampleConfigurations.customised(), "alice", List.of("second"));

        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        secondNodeCounting(nodeB::load, first);
        secondNodeCounting(nodeB::load, second);

        assertThat(first).hasSize(2).anySatisfy(statement -> assertThat(statement).contains("JSON"));
        assertThat(second).hasSize(1).noneSatisfy(statement -> assertThat(statement).contains("JSON"));
    }

    @Test
    void withinOneRequestEveryLoadGivesTheSnapshotOfTheFirst() {
        nodeA.save(SampleConfigurations.customised(), "alice", List.of("first"));

        AoDatabase.Counted<Integer> fourLoads = database.counting(() -> OneConfigurationPerRequest.within(() -> {
            nodeA.load();
            nodeA.load();
            nodeA.load();
            nodeA.load();
            return 4;
        }));

        assertThat(fourLoads.statements()).isEqualTo(1);
        assertThat(OneConfigurationPerRequest.current()).as("the scope ends with the request").isNull();
    }

    @Test
    void aRequestSeesItsOwnSave() {
        nodeA.save(Configuration.defaults(), "alice", List.of("first"));

        Configuration seen = OneConfigurationPerRequest.within(() -> {
            nodeA.load();
            nodeA.save(SampleConfigurations.customised(), "alice", List.of("second"));
            return nodeA.load();
        });

        assertThat(seen).isEqualTo(SampleConfigurations.customised());
    }

    @Test
    void twoNodesSavingOnTheSameVersionCannotBothWin() {
        nodeA.save(Configuration.defaults(), "alice", List.of("first"));
        // Node B reads version 1; before it replaces the row, node A saves version 2.
        ActiveObjects racingB = (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ActiveObjects.class}, new InvocationHandler() {
                    private boolean raced;

                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        if (method.getName().equals("deleteWithSQL") && !raced) {
                            raced = true;
                            nodeA.save(SampleConfigurations.customised(), "alice", List.of("second"));
                        }
                        try {
                            return method.invoke(secondNode.activeObjects(), args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
        AoConfigurationStore b = new AoConfigurationStore(racingB);

        assertThatThrownBy(() -> b.save(Configuration.defaults().withDirectory(
                SampleConfigurations.customised().directory()), "bob", List.of("bob's")))
                .isInstanceOf(ConflictException.class);

        assertThat(nodeA.version()).isEqualTo(2);
        assertThat(b.load()).isEqualTo(SampleConfigurations.customised());
        assertThat(nodeB.load()).isEqualTo(SampleConfigurations.customised());
        assertThat(nodeA.audit(10)).extracting(entry -> entry.change()).containsExactly("second", "first");
    }

    @Test
    void theGateReadsNothingWhileTheSnapshotIsFreshAndChecksWhenItIsNot() {
        nodeA.save(SampleConfigurations.customised(), "alice", List.of("first"));
        AoConfigurationStore alwaysCheck = new AoConfigurationStore(ao, Clock.systemUTC(), Duration.ZERO);
        alwaysCheck.load();

        assertThat(database.counting(nodeA::loadForGate).statements()).isZero();
        assertThat(database.counting(alwaysCheck::loadForGate).statements()).isEqualTo(1);

        nodeB.save(Configuration.defaults(), "bob", List.of("back"));
        assertThat(alwaysCheck.loadForGate()).as("checked at once").isEqualTo(Configuration.defaults());
    }

    private void secondNodeCounting(Runnable work, List<String> statements) {
        secondNode.counting(() -> {
            work.run();
            return null;
        }, statements::add);
    }
}
