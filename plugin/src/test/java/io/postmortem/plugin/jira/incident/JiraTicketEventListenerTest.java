package io.postmortem.plugin.jira.incident;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.incident.TicketEvent;
import io.postmortem.core.incident.TicketEventHandler;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraTicketEventListenerTest {
    private static final io.postmortem.plugin.health.HostCalls HOST = new io.postmortem.plugin.health.HostCalls(
            new io.postmortem.plugin.health.DegradedFeatures(java.time.Clock.systemUTC()));
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private final List<TicketEvent> first = new ArrayList<>();
    private final List<TicketEvent> second = new ArrayList<>();
    private final JiraTicketEventListener listener =
            new JiraTicketEventListener(publisher, history, List.of(first::add, second::add),
                    OurIssuesFixture.withDefaultMapping(), HOST);

    @Test
    void registersWithJirasPublisherAndUnregistersOnStop() {
        listener.register();
        verify(publisher).register(listener);

        listener.unregister();
        verify(publisher).unregister(listener);
    }

    @Test
    void theHandlerMethodIsVisibleToJirasPublisherAtRunTime() throws NoSuchMethodException {
        Method method = JiraTicketEventListener.class.getMethod("onIssueEvent", IssueEvent.class);

        assertThat(method.isAnnotationPresent(EventListener.class)).isTrue();
    }

    @Test
    void translatesEachIssueEventTypeAndPassesTheActor() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, "OPS-1", "alice"));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, "OPS-1", "bob"));
        listener.onIssueEvent(event(EventType.ISSUE_ASSIGNED_ID, "OPS-1", "bob"));
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, "OPS-1", "carol"));
        listener.onIssueEvent(event(EventType.ISSUE_REOPENED_ID, "OPS-1", "carol"));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, "OPS-1", null));

        assertThat(first).containsExactly(
                TicketEvent.of(TicketEvent.Kind.CREATED, "OPS-1", "alice"),
                TicketEvent.of(TicketEvent.Kind.UPDATED, "OPS-1", "bob"),
                TicketEvent.of(TicketEvent.Kind.ASSIGNED, "OPS-1", "bob"),
                TicketEvent.of(TicketEvent.Kind.RESOLVED, "OPS-1", "carol"),
                TicketEvent.of(TicketEvent.Kind.REOPENED, "OPS-1", "carol"),
                TicketEvent.of(TicketEvent.Kind.DELETED, "OPS-1", null));
    }

    @Test
    void closingCountsAsResolvingAndGenericEventsAsUpdates() {
        listener.onIssueEvent(event(EventType.ISSUE_CLOSED_ID, "OPS-2", "dan"));
        listener.onIssueEvent(event(EventType.ISSUE_GENERICEVENT_ID, "OPS-2", "dan"));

        assertThat(first).extracting(TicketEvent::kind)
                .containsExactly(TicketEvent.Kind.RESOLVED, TicketEvent.Kind.UPDATED);
    }

    @Test
    void aMovedIssueCarriesTheKeyItHadBefore() {
        IssueEvent moved = event(EventType.ISSUE_MOVED_ID, "SRE-9", "erin");
        when(history.getPreviousIssueKeys(42L)).thenReturn(List.of("OPS-3", "OLD-1"));

        listener.onIssueEvent(moved);

        assertThat(first).containsExactly(new TicketEvent(TicketEvent.Kind.MOVED, "SRE-9", "OPS-3", "erin"));
    }

    @Test
    void eventsThatAreNotOursAreIgnored() {
        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, "OPS-1", "alice"));
        listener.onIssueEvent(event(999L, "OPS-1", "alice"));

        assertThat(first).isEmpty();
    }

    @Test
    void aFailingHandlerDoesNotStopTheOthers() {
        TicketEventHandler broken = e -> {
            throw new IllegalStateException("database down");
        };
        List<TicketEvent> seen = new ArrayList<>();
        JiraTicketEventListener withBroken = new JiraTicketEventListener(publisher, history, List.of(broken, seen::add),
                OurIssuesFixture.withDefaultMapping(), HOST);

        withBroken.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, "OPS-5", "alice"));

        assertThat(seen).containsExactly(TicketEvent.of(TicketEvent.Kind.RESOLVED, "OPS-5", "alice"));
    }

    @Test
    void eventsOnIssuesThatCannotBeOursReachNoHandlerButMovesDo() {
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, "WEB-1", "Bug", "alice"));
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, "WEB-1", "Bug", "alice"));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, "CARD-1", "Problem", "alice"));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, "PM-1", "Postmortem", "alice"));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, "WEB-2", "Bug", "alice"));

        assertThat(first).extracting(TicketEvent::issueKey).containsExactly("CARD-1", "PM-1", "WEB-2");
    }

    private static IssueEvent event(Long type, String key, String username) {
        return event(type, key, "Incident", username);
    }

    private static IssueEvent event(Long type, String key, String issueType, String username) {
        Issue issue = OurIssuesFixture.issue(key, issueType);
        when(issue.getId()).thenReturn(42L);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        if (username != null) {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getUsername()).thenReturn(username);
            when(event.getUser()).thenReturn(user);
        }
        return event;
    }
}
