package io.postmortem.core.testing.contract;

import io.postmortem.core.config.AuditEntry;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ConfigurationStore} promises, the database's and the in-memory one alike: a test class
 * implements this with a fresh, empty store per test, so the fake cannot drift from the SQL.
 */
public interface ConfigurationStoreContract {

    /** A store nothing was saved to yet. */
    ConfigurationStore store();

    /** A configuration other than the defaults: a directory of one platform and one team. */
    static Configuration customised() {
        return Configuration.defaults().withDirectory(new Directory(
                List.of(new Platform("payments", "Payments", "lena")),
                List.of(new Team("checkout", "Checkout", "payments", "CHK", "checkout-service", "team-checkout")),
                "major-incident-management", "site-reliability-engineering"));
    }

    @Test
    default void load_gives_the_defaults_and_no_audit_before_anything_is_saved() {
        ConfigurationStore store = store();
        assertThat(store.load()).isEqualTo(Configuration.defaults());
        assertThat(store.audit(10)).isEmpty();
    }

    @Test
    default void load_gives_back_exactly_what_was_saved_last() {
        ConfigurationStore store = store();
        store.save(customised(), "alice", List.of("Added the Payments platform"));
        assertThat(store.load()).isEqualTo(customised());

        store.save(Configuration.defaults(), "bob", List.of("back to defaults"));
        assertThat(store.load()).isEqualTo(Configuration.defaults());
    }

    @Test
    default void the_audit_lists_every_change_newest_first_with_its_actor() {
        ConfigurationStore store = store();
        store.save(Configuration.defaults(), "alice", List.of("a1", "a2"));
        store.save(customised(), "bob", List.of("b1"));

        List<AuditEntry> audit = store.audit(10);

        assertThat(audit).extracting(AuditEntry::change).containsExactly("b1", "a2", "a1");
        assertThat(audit).extracting(AuditEntry::actor).containsExactly("bob", "alice", "alice");
        assertThat(audit).extracting(AuditEntry::id).doesNotHaveDuplicates();
        assertThat(audit).allSatisfy(entry -> assertThat(entry.at()).isNotNull());
    }

    @Test
    default void the_audit_stops_at_the_limit() {
        ConfigurationStore store = store();
        store.save(Configuration.defaults(), "alice", List.of("1", "2", "3", "4"));

        assertThat(store.audit(2)).extracting(AuditEntry::change).containsExactly("4", "3");
        assertThat(store.audit(0)).isEmpty();
    }

    @Test
    default void long_change_texts_are_kept_whole() {
        ConfigurationStore store = store();
        String longChange = "Changed teams: " + "checkout, ".repeat(2_000);

        store.save(Configuration.defaults(), "alice", List.of(longChange));

        assertThat(store.audit(1).get(0).change()).isEqualTo(longChange);
    }
}
