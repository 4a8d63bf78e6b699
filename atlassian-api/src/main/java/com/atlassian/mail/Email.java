package com.atlassian.mail;

import jakarta.mail.Multipart;

/**
 * A mail message handed to the mail queue.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html ("public class Email";
 * constructor {@code Email(String to)}; setters returning {@code Email}: setSubject, setBody, setMimeType, setEncoding;
 * getters) and https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 * ({@code Email Email.setMultipart(javax.mail.Multipart multipart)}).
 * <p>
 * Jira 11 ships atlassian-mail 8 built on Jakarta Mail 2 (jira-email-processor-api 21.0.0 for jira-api 11.0.0 declares
 * com.atlassian.mail:atlassian-mail 8.0.0-m001 and jakarta.mail:jakarta.mail-api 2.1.3, per its mvnrepository
 * listing), so the multipart type is declared as {@code jakarta.mail.Multipart}. That namespace switch is INFERRED
 * from those dependencies, not read from an atlassian-mail 8 javadoc page, and no public Jira 10/11 call site was
 * found. The plugin therefore calls it only through HostCalls (row "guarded" in atlassian-api/evidence.tsv): if it
 * does not link, the invitation goes out as plain text carrying the iCalendar text (JiraMailer).
 * <p>
 * A plain value holder, so the body mirrors the real one for tests.
 */
public class Email {

    private String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private Multipart multipart;

    public Email(String to) {
        this.to = to;
    }

    public String getTo() {
        return to;
    }

    public Email setTo(String to) {
        this.to = to;
        return this;
    }

    public String getSubject() {
        return subject;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public String getBody() {
        return body;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public String getMimeType() {
        return mimeType;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getEncoding() {
        return encoding;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public Multipart getMultipart() {
        return multipart;
    }

    public Email setMultipart(Multipart multipart) {
        this.multipart = multipart;
        return this;
    }
}
