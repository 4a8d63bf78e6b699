package io.postmortem.core.postmortemissue;

import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.shared.ConflictException;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several incidents with the same cause, one postmortem. */
class PostmortemIncidentLinksTest {
    private final PostmortemIssueWorld world = new PostmortemIssueWorld();

    @Test
    void a_linked_incident_is_covered_by_the_shared_postmortem_and_gets_no_second_one() {
        Postmortem shared = world.postmortemOf("INC-1", Severity.P2, "checkout");
        world.org.incident("INC-2", Severity.P2, "ledger", List.of("search"), PostmortemIssueWorld.RESOLVED, null);

        world.service.linkIncident(shared.key(), "INC-2", world.org.actor("dev-checkout"));
        world.org.resolve("INC-2", PostmortemIssueWorld.RESOLVED.plusSeconds(60));
        world.service.handle(TicketEvent.of(TicketEvent.Kind.RESOLVED, "INC-2", "dev-ledger"));

        assertThat(world.store.all()).hasSize(1);
        assertThat(world.service.forIncident("INC-2", world.org.actor("dev-ledger"))).get()
                .extracting(Postmortem::key).isEqualTo(shared.key());
        assertThat(world.service.incidentKeys(shared)).containsExactly("INC-1", "INC-2");
        assertThat(world.service.impactedTeams(shared)).containsExactly("checkout", "ledger", "search");
        assertThat(world.store.ticketLinks).containsExactly(shared.key() + ">INC-2");
    }

    @Test
    void the_teams_of_a_postmortem_covering_several_incidents_read_its_links_once() {
        Postmortem shared = world.postmortemOf("INC-1", Severity.P2, "checkout");
        world.org.incident("INC-2", Severity.P2, "ledger", List.of("search"), PostmortemIssueWorld.RESOLVED, null);
        world.service.linkIncident(shared.key(), "INC-2", world.org.actor("dev-checkout"));
        int before = world.store.linkReads.get();

        assertThat(world.service.impactedTeams(shared)).containsExactly("checkout", "ledger", "search");
        assertThat(world.store.linkReads.get() - before).isEqualTo(1);
    }

    @Test
    void an_incident_already_covered_cannot_be_linked_again() {
        Postmortem first = world.postmortemOf("INC-3", Severity.P2, "checkout");
        Postmortem second = world.postmortemOf("INC-4", Severity.P2, "checkout");

        assertThatThrownBy(() -> world.service.linkIncident(first.key(), "INC-4", world.org.actor("mim")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("INC-4 is already covered by " + second.key());
        assertThatThrownBy(() -> world.service.linkIncident(first.key(), "INC-3", world.org.actor("mim")))
                .isInstanceOf(ConflictException.class);
        assertThat(world.service.incidentKeys(first)).containsExactly("INC-3");
    }

    @Test
    void only_an_existing_incident_is_linked_and_only_by_those_who_may_edit_the_postmortem() {
        Postmortem shared = world.postmortemOf("INC-5", Severity.P2, "checkout");
        world.org.incident("INC-6", Severity.P3, "search", List.of(), PostmortemIssueWorld.RESOLVED, null);
        world.org.otherIssue("CARD-1");

        assertThatThrownBy(() -> world.service.linkIncident(shared.key(), "CARD-1", world.org.actor("mim")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not an incident");
        assertThatThrownBy(() -> world.service.linkIncident(shared.key(), " ", world.org.actor("mim")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> world.service.linkIncident(shared.key(), "INC-404", world.org.actor("mim")))
                .as("a key naming nothing is bad input, not a missing resource").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> world.service.linkIncident(shared.key(), "INC-6", world.org.actor("dev-search")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(world.service.incidentKeys(shared)).containsExactly("INC-5");
    }

    @Test
    void unlinking_frees_the_incident_but_the_incident_it_was_created_for_stays() {
        Postmortem shared = world.postmortemOf("INC-7", Severity.P2, "checkout");
        world.org.incident("INC-8", Severity.P2, "checkout", List.of(), PostmortemIssueWorld.RESOLVED, null);
        world.service.linkIncident(shared.key(), "INC-8", world.org.actor("mim"));

        world.service.unlinkIncident(shared.key(), "INC-8", world.org.actor("mim"));

        assertThat(world.service.incidentKeys(shared)).containsExactly("INC-7");
        assertThat(world.store.findByIncident("INC-8")).isEmpty();
        assertThat(world.store.ticketLinks).isEmpty();
        assertThatThrownBy(() -> world.service.unlinkIncident(shared.key(), "INC-7", world.org.actor("mim")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> world.service.unlinkIncident(shared.key(), "INC-8", world.org.actor("mim")))
                .isInstanceOf(NotFoundException.class);
    }
}
