package io.postmortem.plugin.jira.mail;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.postmortem.core.mail.Mail;
import io.postmortem.core.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues mail on Jira's mail queue, which Jira's own job sends through the configured SMTP server. One message per
 * recipient, so nobody sees who else was told. Recipients are user names; unknown or inactive users and users
 * without an address are skipped (and logged), never turned into a failure for the others.
 */
public final class JiraMailer implements Mailer {
    private static final Logger log = LoggerFactory.getLogger(JiraMailer.class);

    private final UserManager userManager;
    private final MailQueue mailQueue;

    public JiraMailer(UserManager userManager, MailQueue mailQueue) {
        this.userManager = userManager;
        this.mailQueue = mailQueue;
    }

    @Override
    public void send(Mail mail) {
        for (String username : mail.to()) {
            ApplicationUser user = username == null ? null : userManager.getUserByName(username);
            if (user == null || !user.isActive()) {
                log.warn("Not mailing '{}': no such active user", username);
                continue;
            }
            String address = user.getEmailAddress();
            if (address == null || address.isBlank()) {
                log.warn("Not mailing '{}': the user has no e-mail address", username);
                continue;
            }
            mailQueue.addItem(new SingleMailQueueItem(email(address, mail)));
        }
    }

    private static Email email(String address, Mail mail) {
        Email email = new Email(address)
                .setSubject(mail.subject())
                .setEncoding("UTF-8");
        if (mail.attachments().isEmpty()) {
            return email.setMimeType("text/plain").setBody(mail.body());
        }
        // With attachments the message is multipart/mixed: the text first, then each attachment.
        return email.setMultipart(MailParts.of(mail));
    }
}
