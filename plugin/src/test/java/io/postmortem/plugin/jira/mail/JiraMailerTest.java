package io.postmortem.plugin.jira.mail;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.postmortem.core.mail.Mail;
import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.health.FeatureUnavailableException;
import io.postmortem.plugin.health.HostCalls;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraMailerTest {
    private final UserManager userManager = mock(UserManager.class);
    private final MailQueue queue = mock(MailQueue.class);
    private final DegradedFeatures degraded = new DegradedFeatures(Clock.systemUTC());
    private final JiraMailer mailer = new JiraMailer(userManager, queue, new HostCalls(degraded));

    @BeforeEach
    void users() {
        user("alice", "alice@example.com", true);
        user("bob", "bob@example.com", true);
        user("gone", "gone@example.com", false);
        user("noaddress", " ", true);
    }

    @Test
    void queuesOnePlainTextMessagePerRecipientAddress() {
        mailer.send(new Mail(List.of("alice", "bob"), "Postmortem PM-3 is due", "Please finish it."));

        List<Email> sent = queued(2);
        assertThat(sent).extracting(Email::getTo).containsExactly("alice@example.com", "bob@example.com");
        assertThat(sent).allSatisfy(email -> {
            assertThat(email.getSubject()).isEqualTo("Postmortem PM-3 is due");
            assertThat(email.getBody()).isEqualTo("Please finish it.");
            assertThat(email.getMimeType()).isEqualTo("text/plain");
            assertThat(email.getMultipart()).isNull();
        });
    }

    @Test
    void unknownInactiveAndAddresslessUsersAreSkipped() {
        mailer.send(new Mail(List.of("ghost", "gone", "noaddress", "bob"), "s", "b"));

        assertThat(queued(1)).extracting(Email::getTo).containsExactly("bob@example.com");
    }

    @Test
    void attachmentsTravelAsAMultipartWithTheTextFirst() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        mailer.send(new Mail(List.of("alice"), "Invitation", "You are invited.",
                List.of(new Mail.Attachment("invite.ics", "text/calendar; method=REQUEST", ics))));

        Multipart multipart = queued(1).get(0).getMultipart();
        assertThat(multipart).isNotNull();
        assertThat(multipart.getContentType()).startsWith("multipart/mixed");
        assertThat(multipart.getCount()).isEqualTo(2);
        assertThat(multipart.getBodyPart(0).getContent()).isEqualTo("You are invited.");
        BodyPart invite = multipart.getBodyPart(1);
        assertThat(invite.getFileName()).isEqualTo("invite.ics");
        assertThat(invite.getContent()).isEqualTo(ics);
        assertThat(invite.getDataHandler().getContentType())
                .isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
    }

    @Test
    void whenTheMultipartDoesNotLinkTheInvitationStillGoesOutAsPlainTextCarryingTheCalendar() {
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        JiraMailer unlinked = new JiraMailer(userManager, queue, new HostCalls(degraded), (email, mail) -> {
            throw new NoSuchMethodError("'com.atlassian.mail.Email com.atlassian.mail.Email.setMultipart(jakarta.mail.Multipart)'");
        });
        Mail invitation = new Mail(List.of("alice", "bob"), "Invitation", "You are invited.",
                List.of(new Mail.Attachment("invite.ics", "text/calendar; method=REQUEST", ics)));

        unlinked.send(invitation);

        List<Email> sent = queued(2);
        assertThat(sent).extracting(Email::getTo).containsExactly("alice@example.com", "bob@example.com");
        assertThat(sent).allSatisfy(email -> {
            assertThat(email.getMultipart()).isNull();
            assertThat(email.getMimeType()).isEqualTo("text/plain");
            assertThat(email.getSubject()).isEqualTo("Invitation");
            assertThat(email.getBody()).startsWith("You are invited.").contains("invite.ics").endsWith(ics);
        });
        assertThat(degraded.all()).singleElement().satisfies(d -> {
            assertThat(d.feature()).isEqualTo("mail-attachments");
            assertThat(d.member()).contains("setMultipart");
        });
    }

    @Test
    void aMailQueueThisJiraDoesNotLinkIsReportedAndRefusedNotSilentlyDropped() {
        doThrow(new NoSuchMethodError("'void com.atlassian.mail.queue.MailQueue.addItem(com.atlassian.mail.queue.MailQueueItem)'"))
                .when(queue).addItem(any());

        assertThatThrownBy(() -> mailer.send(new Mail(List.of("alice"), "Reminder", "Due today.", List.of())))
                .isInstanceOf(FeatureUnavailableException.class)
                .hasMessageContaining("mail");
        assertThat(degraded.isDegraded("mail")).isTrue();
    }

    private List<Email> queued(int count) {
        ArgumentCaptor<MailQueueItem> items = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue, times(count)).addItem(items.capture());
        return items.getAllValues().stream().map(item -> ((SingleMailQueueItem) item).getEmail()).toList();
    }

    private void user(String name, String email, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(active);
        when(userManager.getUserByName(name)).thenReturn(user);
    }
}
