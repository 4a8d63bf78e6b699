package io.postmortem.core.testing;

import io.postmortem.core.config.IncidentMapping;
import io.postmortem.core.health.HostHealth;

import java.util.ArrayList;
import java.util.List;

/**
 * The host's health facts in memory: by default a healthy Jira (both mail services, the product's issue and link
 * types, the postmortem project with a lead who may create, the mapping's types and fields, a mail server, the daily
 * job scheduled once per cluster, every table). Each variation a test needs is a method that breaks one fact.
 */
public final class TestHostHealth implements HostHealth {
    private List<HostService> services = List.of(new HostService("mailQueue", "MailQueue", true, true),
            new HostService("mailServerManager", "MailServerManager", false, true));
    private Known<Boolean> mailServer = Known.of(true);
    private RuntimeException mailServerFailure;
    private String databaseType = "H2";
    private final List<Degradation> degradations = new ArrayList<>();
    private String expectedProject;

    /** The host offers these services (and no others). */
    public TestHostHealth services(HostService... offered) {
        this.services = List.of(offered);
        return this;
    }

    /** No outgoing mail server is configured. */
    public TestHostHealth withoutMailServer() {
        this.mailServer = Known.of(false);
        return this;
    }

    /** Reading the mail settings fails with this error; null: it reads again. */
    public TestHostHealth mailServerFails(RuntimeException failure) {
        this.mailServerFailure = failure;
        return this;
    }

    public TestHostHealth database(String type) {
        this.databaseType = type;
        return this;
    }

    /** A guarded host call turned this feature off. */
    public TestHostHealth degraded(Degradation degradation) {
        degradations.add(degradation);
        return this;
    }

    /** Fails the test when the report asks about another postmortem project than this one. */
    public TestHostHealth expectingProject(String projectKey) {
        this.expectedProject = projectKey;
        return this;
    }

    @Override
    public List<HostService> services() {
        return services;
    }

    @Override
    public Presence issueTypes() {
        return new Presence(List.of("Postmortem", "Problem"), List.of());
    }

    @Override
    public Presence linkTypes() {
        return new Presence(List.of("Postmortem", "Postmortem action"), List.of());
    }

    @Override
    public ProjectReadiness postmortemProject(String projectKey) {
        if (expectedProject != null && !expectedProject.equals(projectKey)) {
            throw new AssertionError("asked about project " + projectKey + ", expected " + expectedProject);
        }
        return new ProjectReadiness(projectKey, true, "lead");
    }

    @Override
    public MappingReadiness incidentMapping(IncidentMapping mapping) {
        return new MappingReadiness(mapping.incidentIssueTypes(), List.of(), List.of());
    }

    @Override
    public Known<Boolean> mailServerConfigured() {
        if (mailServerFailure != null) {
            throw mailServerFailure;
        }
        return mailServer;
    }

    @Override
    public Known<DailyJobState> dailyJob() {
        return Known.of(new DailyJobState(true, true, null, null, null, null));
    }

    @Override
    public DatabaseState database() {
        return new DatabaseState(databaseType, "0", 18, List.of());
    }

    @Override
    public List<Degradation> degradations() {
        return List.copyOf(degradations);
    }
}
