package io.postmortem.sandbox.rest;

import io.postmortem.core.access.Actors;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.sandbox.demo.DemoOrganisation;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.TicketStore;

/** The permission checks of the sandbox's own REST API, answered by the sandbox's permission scheme. */
public final class SandboxAccess {
    private final Actors actors;
    private final Permissions permissions;
    private final TicketStore tickets;

    public SandboxAccess(Actors actors, Permissions permissions, TicketStore tickets) {
        this.actors = actors;
        this.permissions = permissions;
        this.tickets = tickets;
    }

    /** The caller (401 when nobody is logged in). */
    public String user() {
        return actors.current().username();
    }

    /** Someone who can see the organisation's work at all (everyone but an outsider). */
    public String insider() {
        String user = user();
        if (!permissions.canBrowseProject(user, DemoOrganisation.INCIDENT_PROJECT)) {
            throw new ForbiddenException("You do not have permission to browse this Jira's projects.");
        }
        return user;
    }

    public String administrator() {
        String user = user();
        if (!permissions.isAdministrator(user)) {
            throw new ForbiddenException("Only Jira administrators can do this.");
        }
        return user;
    }

    public String creatorIn(String projectKey) {
        String user = user();
        if (!permissions.canCreateIssue(user, projectKey)) {
            throw new ForbiddenException("You do not have permission to create issues in " + projectKey + ".");
        }
        return user;
    }

    /** The issue, for someone who may edit it: 404 when it does not exist, 403 when they may not. */
    public Issue editable(String key) {
        String user = user();
        Issue issue = tickets.find(key).orElseThrow(() -> new NotFoundException("No issue " + key + "."));
        if (!permissions.canBrowseIssue(user, key)) {
            throw new ForbiddenException("You do not have permission to view " + key + ".");
        }
        if (!permissions.canEditIssue(user, key)) {
            throw new ForbiddenException("You do not have permission to edit " + key + ".");
        }
        return issue;
    }
}
