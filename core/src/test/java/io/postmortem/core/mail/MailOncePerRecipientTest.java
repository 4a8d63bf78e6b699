package io.postmortem.core.mail;

import io.postmortem.core.testing.TestOrganisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailOncePerRecipientTest {
    private static final Instant NOW = Instant.parse("2026-03-16T07:00:00Z");

    @Test
    void mailsEachRecipientOfAnEventOnceHoweverOftenItRuns() {
        TestOrganisation organisation = new TestOrganisation();
        MailOncePerRecipient mail = new MailOncePerRecipient(organisation, organisation);

        assertThat(mail.send("action.overdue.7", List.of("ana", "raj"), NOW, "Overdue", "Please finish it."))
                .containsExactly("ana", "raj");
        assertThat(mail.send("action.overdue.7", List.of("raj", "li"), NOW, "Overdue", "Please finish it."))
                .containsExactly("li");
        assertThat(mail.send("action.due-soon.7", List.of("raj"), NOW, "Due soon", "Due on Friday."))
                .containsExactly("raj");

        assertThat(organisation.mailTo("raj")).extracting(Mail::subject).containsExactly("Overdue", "Due soon");
        assertThat(organisation.mailTo("raj").get(0).to()).containsExactly("raj");
        assertThat(organisation.mailTo("li")).hasSize(1);
    }
}
