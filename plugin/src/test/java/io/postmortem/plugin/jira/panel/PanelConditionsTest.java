package io.postmortem.plugin.jira.panel;

import io.postmortem.core.access.CurrentUser;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.jira.incident.OurIssuesFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** {@link IsIncidentCondition} and {@link IsPostmortemCondition}. */
class PanelConditionsTest {
    private final IncidentTickets incidents = mock(IncidentTickets.class);
    private final PostmortemRepository postmortems = mock(PostmortemRepository.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final OurIssues ourIssues = OurIssuesFixture.withDefaultMapping();

    @Test
    void theIncidentPanelShowsOnIncidentsToLoggedInPeople() {
        when(incidents.find("OPS-1")).thenReturn(Optional.of(mock(Incident.class)));
        when(incidents.find("OPS-2")).thenReturn(Optional.empty());
        IsIncidentCondition condition = new IsIncidentCondition(incidents, ourIssues, currentUser);

        when(currentUser.username()).thenReturn(Optional.of("alice"));
        assertThat(condition.shouldDisplay(on("OPS-1"))).isTrue();
        assertThat(condition.shouldDisplay(on("OPS-2"))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();

        when(currentUser.username()).thenReturn(Optional.empty());
        assertThat(condition.shouldDisplay(on("OPS-1"))).isFalse();
    }

    @Test
    void theDocumentPanelShowsOnIssuesHoldingAPostmortem() {
        when(postmortems.findByKey("PM-7")).thenReturn(Optional.of(mock(Postmortem.class)));
        when(postmortems.findByKey("PM-8")).thenReturn(Optional.empty());
        when(currentUser.username()).thenReturn(Optional.of("alice"));
        IsPostmortemCondition condition = new IsPostmortemCondition(postmortems, ourIssues, currentUser);

        assertThat(condition.shouldDisplay(onPostmortem("PM-7"))).isTrue();
        assertThat(condition.shouldDisplay(onPostmortem("PM-8"))).isFalse();
        assertThat(condition.shouldDisplay(on("PM-7"))).as("an issue of another type").isFalse();

        when(currentUser.username()).thenReturn(Optional.empty());
        assertThat(condition.shouldDisplay(onPostmortem("PM-7"))).isFalse();
    }

    @Test
    void anIssueOfATypeTheMappingDoesNotNameIsNoIncidentWithoutLookingItUp() {
        when(currentUser.username()).thenReturn(Optional.of("alice"));
        IsIncidentCondition condition = new IsIncidentCondition(incidents, ourIssues, currentUser);

        assertThat(condition.shouldDisplay(Map.of("issue", OurIssuesFixture.issue("WEB-1", "Bug")))).isFalse();
        verifyNoInteractions(incidents);
    }

    private static Map<String, Object> onPostmortem(String key) {
        return Map.of("issue", OurIssuesFixture.issue(key, "Postmortem"));
    }

    private static Map<String, Object> on(String key) {
        return Map.of("issue", PanelContextProvidersTest.issue(key));
    }
}
