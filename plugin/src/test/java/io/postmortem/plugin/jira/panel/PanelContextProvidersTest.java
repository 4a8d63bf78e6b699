package io.postmortem.plugin.jira.panel;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Actors;
import io.postmortem.plugin.admin.RecordingPageBuilder;
import io.postmortem.plugin.jira.incident.OurIssues;
import io.postmortem.plugin.jira.incident.OurIssuesFixture;
import io.postmortem.plugin.panel.IncidentPanel;
import io.postmortem.plugin.panel.PanelModels;
import io.postmortem.plugin.panel.PostmortemPanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@link IncidentPanelContextProvider} and {@link PostmortemPanelContextProvider}: the view model, and the panel's
 * web-resources required for the page only when the panel shows.
 */
class PanelContextProvidersTest {
    private final PanelModels models = mock(PanelModels.class);
    private final Actors actors = mock(Actors.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final Actor alice = new Actor("alice", Set.of("team-payments"), false);
    private final Map<String, Object> context = new HashMap<>();
    private final OurIssues ourIssues = OurIssuesFixture.withDefaultMapping();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private final PanelWebResources webResources = new PanelWebResources(pageBuilder);

    @BeforeEach
    void aViewIssuePage() {
        when(actors.current()).thenReturn(alice);
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira/");
        context.put("issue", issue("OPS-1"));
        context.put("i18n", "host's i18n helper");
    }

    @Test
    void theIncidentPanelGetsItsModelForTheViewerAndTheContextPath() {
        IncidentPanel panel = new IncidentPanel("OPS-1", "P1", true, true, null, true, "", "", "", 0);
        when(models.incidentPanel("OPS-1", alice)).thenReturn(Optional.of(panel));

        Map<String, Object> result = new IncidentPanelContextProvider(models, ourIssues, actors, applicationProperties, webResources)
                .getContextMap(context);

        assertThat(result).containsEntry("panel", panel).containsEntry("contextPath", "/jira")
                .containsEntry("i18n", "host's i18n helper");
        assertThat(pageBuilder.webResources()).containsExactly(PanelWebResources.PANELS, PanelWebResources.ACTIONS,
                PanelWebResources.LEARNING, PanelWebResources.TIMELINE);
        assertThat(pageBuilder.contexts()).isEmpty();
    }

    @Test
    void theDocumentPanelGetsThePostmortemModel() {
        PostmortemPanel panel = new PostmortemPanel(null, List.of(), "Payments", "Tue 4 Mar 2025", "", 0);
        when(models.postmortemPanel("PM-1", alice)).thenReturn(Optional.of(panel));
        context.put("issue", OurIssuesFixture.issue("PM-1", "Postmortem"));

        Map<String, Object> result = new PostmortemPanelContextProvider(models, ourIssues, actors, applicationProperties, webResources)
                .getContextMap(context);

        assertThat(result).containsEntry("panel", panel).containsEntry("contextPath", "/jira");
        assertThat(pageBuilder.webResources()).containsExactly(PanelWebResources.PANELS, PanelWebResources.TIMELINE,
                PanelWebResources.ACTIONS, PanelWebResources.LEARNING);
    }

    @Test
    void noModelNoPanelEntry() {
        when(models.incidentPanel("OPS-1", alice)).thenReturn(Optional.empty());
        context.remove("issue");

        Map<String, Object> withoutIssue = new IncidentPanelContextProvider(models, ourIssues, actors, applicationProperties, webResources)
                .getContextMap(context);
        context.put("issue", issue("OPS-1"));
        Map<String, Object> notAnIncident = new IncidentPanelContextProvider(models, ourIssues, actors, applicationProperties, webResources)
                .getContextMap(context);

        assertThat(withoutIssue).doesNotContainKey("panel").containsEntry("contextPath", "/jira");
        assertThat(notAnIncident).doesNotContainKey("panel");
        assertThat(pageBuilder.webResources()).as("no panel, no scripts").isEmpty();
    }

    @Test
    void anIssueOfAnotherTypeGetsNoModelAndNoLookup() {
        context.put("issue", OurIssuesFixture.issue("WEB-1", "Bug"));

        Map<String, Object> result = new IncidentPanelContextProvider(models, ourIssues, actors, applicationProperties, webResources)
                .getContextMap(context);

        assertThat(result).doesNotContainKey("panel").containsEntry("contextPath", "/jira");
        verifyNoInteractions(models);
        assertThat(pageBuilder.webResources()).isEmpty();
        assertThat(pageBuilder.contexts()).isEmpty();
    }

    static MutableIssue issue(String key) {
        return OurIssuesFixture.issue(key, "Incident");
    }
}
