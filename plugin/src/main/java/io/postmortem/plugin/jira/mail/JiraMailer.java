package io.postmortem.plugin.jira.mail;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.mail.Mailer;
import io.postmortem.plugin.health.HostCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BiFunction;

/**
 * Queues mail on Jira's mail queue, which Jira's own job sends through the configured SMTP server. One message per
 * recipient, so nobody sees who else was told. Recipients are user names; unknown or inactive users and users
 * without an address are skipped (and logged), never turned into a failure for the others.
 * <p>
 * Guarded, because no public Jira 10/11 source shows these calls: queueing mail ({@value #FEATURE}) and, apart,
 * attaching files ({@value #ATTACHMENTS_FEATURE}). Jira 11's {@code Email.setMultipart} is declared here with a
 * {@code jakarta.mail.Multipart}, an inference from atlassian-mail 8's dependencies; the only public call site found
 * passes {@code javax.mail.Multipart}. If the multipart does not link, the message still goes out as plain text
 * carrying each text attachment (a meeting's iCalendar invitation) after the body: a mail without its calendar
 * file, never no mail.
 */
public final class JiraMailer implements Mailer {
    static final String FEATURE = "mail";
    static final String ATTACHMENTS_FEATURE = "mail-attachments";

    private static final Logger log = LoggerFactory.getLogger(JiraMailer.class);

    private final UserManager userManager;
    private final MailQueue mailQueue;
    private final HostCalls host;
    private final BiFunction<Email, Mail, Email> attach;

    public JiraMailer(UserManager userManager, MailQueue mailQueue, HostCalls host) {
        this(userManager, mailQueue, host, (email, mail) -> email.setMultipart(MailParts.of(mail)));
    }

    /** {@code attach} puts the attachments on the message; tests hand in one that fails to link. */
    JiraMailer(UserManager userManager, MailQueue mailQueue, HostCalls host, BiFunction<Email, Mail, Email> attach) {
        this.userManager = userManager;
        this.mailQueue = mailQueue;
        this.host = host;
        this.attach = attach;
    }

    @Override
    public void send(Mail mail) {
        for (String username : mail.to()) {
            ApplicationUser user = username == null ? null : userManager.getUserByName(username);
            if (user == null || !user.isActive()) {
                log.warn("Not mailing '{}': no such active user", username);
                continue;
            }
            host.run(FEATURE, () -> queue(user, username, mail));
        }
    }

    private void queue(ApplicationUser user, String username, Mail mail) {
        String address = user.getEmailAddress();
        if (address == null || address.isBlank()) {
            log.warn("Not mailing '{}': the user has no e-mail address", username);
            return;
        }
        mailQueue.addItem(new SingleMailQueueItem(email(address, mail)));
    }

    private Email email(String address, Mail mail) {
        Email email = new Email(address)
                .setSubject(mail.subject())
                .setEncoding("UTF-8");
        if (mail.attachments().isEmpty() || host.isOff(ATTACHMENTS_FEATURE)) {
            return email.setMimeType("text/plain").setBody(PlainMail.body(mail));
        }
        // With attachments the message is multipart/mixed: the text first, then each attachment.
        return host.callOr(ATTACHMENTS_FEATURE, () -> attach.apply(email, mail),
                () -> new Email(address).setSubject(mail.subject()).setEncoding("UTF-8")
                        .setMimeType("text/plain").setBody(PlainMail.body(mail)));
    }
}
