package io.postmortem.testkit.ao;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the plugin relies on from the ActiveObjects harness, on every database. */
abstract class ActiveObjectsHarnessContract extends ActiveObjectsTestCase {

    @Test
    void migrateCreatesTheTableWithJirasPrefixAndUpperCaseColumns() throws Exception {
        ao.migrate(Note.class);

        assertThat(database.tables()).containsExactly("AO_441554_NOTE");
        assertThat(ao.moduleMetaData().isTablePresent(Note.class)).isTrue();
        try (Connection connection = database.connection();
             ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(),
                     "AO_441554_NOTE", null)) {
            List<String> names = new java.util.ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
            assertThat(names).containsExactlyInAnyOrder("ID", "TITLE", "RANK", "BODY");
        }
    }

    @Test
    void createsAndReadsBackEntitiesIncludingUnlimitedText() {
        ao.migrate(Note.class);
        String longBody = "x".repeat(100_000);

        Note created = ao.create(Note.class, new DBParam("TITLE", "first"), new DBParam("RANK", 3),
                new DBParam("BODY", longBody));
        ao.flushAll();
        Note read = ao.get(Note.class, created.getID());

        assertThat(read.getTitle()).isEqualTo("first");
        assertThat(read.getRank()).isEqualTo(3);
        assertThat(read.getBody()).isEqualTo(longBody);
    }

    @Test
    void findsWithAQueryAndCounts() {
        ao.migrate(Note.class);
        for (int rank = 1; rank <= 5; rank++) {
            ao.create(Note.class, new DBParam("TITLE", "note " + rank), new DBParam("RANK", rank));
        }

        Note[] found = ao.find(Note.class, Query.select().where("RANK >= ?", 3).order("RANK DESC").limit(2));

        assertThat(Arrays.stream(found).map(Note::getTitle)).containsExactly("note 5", "note 4");
        assertThat(ao.count(Note.class)).isEqualTo(5);
        assertThat(ao.count(Note.class, "RANK < ?", 3)).isEqualTo(2);
        assertThat(ao.count(Note.class, Query.select().where("TITLE = ?", "note 1"))).isEqualTo(1);
    }

    @Test
    void savesChangesMadeThroughSetters() {
        ao.migrate(Note.class);
        Note note = ao.create(Note.class, new DBParam("TITLE", "before"));

        note.setTitle("after");
        note.save();
        ao.flushAll();

        assertThat(ao.find(Note.class, "TITLE = ?", "after")).hasSize(1);
    }

    @Test
    void aFailedTransactionLeavesNothingWritten() {
        ao.migrate(Note.class);
        ao.create(Note.class, new DBParam("TITLE", "kept"));

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(Note.class, new DBParam("TITLE", "lost 1"));
            Note second = ao.create(Note.class, new DBParam("TITLE", "lost 2"));
            second.setRank(7);
            second.save();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(ao.count(Note.class)).isEqualTo(1);
        assertThat(ao.find(Note.class)[0].getTitle()).isEqualTo("kept");
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndFailsWithIt() {
        ao.migrate(Note.class);

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> ao.create(Note.class, new DBParam("TITLE", "inner")));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(ao.count(Note.class)).isZero();
    }

    @Test
    void aTransactionUsesOneConnectionAndOthersSeeItsWorkOnlyAfterCommit() throws Exception {
        ao.migrate(Note.class);

        int seenOutsideBeforeCommit = ao.executeInTransaction(() -> {
            ao.create(Note.class, new DBParam("TITLE", "pending"));
            assertThat(ao.count(Note.class)).as("visible inside the transaction").isEqualTo(1);
            return CompletableFuture.supplyAsync(this::countWithPlainJdbc).join();
        });

        assertThat(seenOutsideBeforeCommit).isZero();
        assertThat(countWithPlainJdbc()).isEqualTo(1);
    }

    @Test
    void aTransactionReturnsTheCallbacksValueAndCommits() {
        ao.migrate(Note.class);

        Integer id = ao.executeInTransaction(() -> ao.create(Note.class, new DBParam("TITLE", "t")).getID());

        assertThat(countWithPlainJdbc()).isEqualTo(1);
        assertThat(ao.get(Note.class, id).getTitle()).isEqualTo("t");
    }

    @Test
    void transactionsRunAtReadCommittedLikeJira() {
        int isolation = ao.executeInTransaction(() -> {
            try {
                // Inside a transaction the library hands out the transaction's own connection (not closable).
                Connection connection = database.connection();
                assertThat(connection.getAutoCommit()).isFalse();
                return connection.getTransactionIsolation();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(isolation).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Test
    void eachTestStartsWithAnEmptySchema() {
        assertThat(database.tables()).isEmpty();
    }

    private int countWithPlainJdbc() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM "
                     + database.entityManager().getProvider().quote("AO_441554_NOTE"))) {
            rows.next();
            return rows.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
