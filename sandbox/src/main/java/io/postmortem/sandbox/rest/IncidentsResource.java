package io.postmortem.sandbox.rest;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.Severity;
import io.postmortem.core.shared.ValidationException;
import io.postmortem.plugin.rest.Json;
import io.postmortem.plugin.rest.JsonBody;
import io.postmortem.sandbox.demo.DemoOrganisation;
import io.postmortem.sandbox.demo.IncidentHistoryStep;
import io.postmortem.sandbox.tickets.Issue;
import io.postmortem.sandbox.tickets.NewIssue;
import io.postmortem.sandbox.tickets.SandboxFields;
import io.postmortem.sandbox.tickets.TicketWorkflow;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stands in for people raising and resolving incidents in Jira. */
@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {
    private static final Set<String> FIELDS = Set.of("summary", "severity", "team", "impactedTeams", "startedAt",
            "detectedAt", "components");

    private final SandboxAccess access;
    private final TicketWorkflow workflow;
    private final ConfigurationStore configuration;
    private final Clock clock;

    public IncidentsResource(SandboxAccess access, TicketWorkflow workflow, ConfigurationStore configuration,
                             Clock clock) {
        this.access = access;
        this.workflow = workflow;
        this.configuration = configuration;
        this.clock = clock;
    }

    @POST
    public Response raise(String body) {
        String reporter = access.creatorIn(DemoOrganisation.INCIDENT_PROJECT);
        JsonBody json = Json.object(body);
        Fields.rejectUnknown(json, FIELDS);
        String summary = json.requiredText("summary");
        if (summary.length() > 255) {
            throw new ValidationException("summary", "At most 255 characters.");
        }
        Severity severity = Severity.parse(json.requiredText("severity")).orElseThrow(() ->
                new ValidationException("severity", "Must be one of " + Arrays.toString(Severity.values()) + "."));
        Directory directory = configuration.load().directory();
        String team = json.requiredText("team");
        if (directory.team(team).isEmpty()) {
            throw new ValidationException("team", "No team with the slug " + team + ".");
        }
        List<String> impacted = json.textList("impactedTeams");
        for (String slug : impacted) {
            if (directory.team(slug).isEmpty()) {
                throw new ValidationException("impactedTeams", "No team with the slug " + slug + ".");
            }
        }
        Instant startedAt = json.requiredInstant("startedAt");
        Instant detectedAt = json.requiredInstant("detectedAt");
        if (detectedAt.isBefore(startedAt)) {
            throw new ValidationException("detectedAt", "Cannot be before startedAt.");
        }
        List<String> components = json.textList("components");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(SandboxFields.SEVERITY, List.of(severity.name()));
        fields.put(SandboxFields.OWNING_TEAM, List.of(team));
        fields.put(SandboxFields.IMPACTED_TEAMS, impacted.stream().filter(s -> !s.equals(team)).distinct().toList());
        fields.put(SandboxFields.STARTED_AT, List.of(startedAt.toString()));
        fields.put(SandboxFields.DETECTED_AT, List.of(detectedAt.toString()));
        fields.put(SandboxFields.COMPONENTS, components);
        Issue issue = workflow.create(new NewIssue(DemoOrganisation.INCIDENT_PROJECT, SandboxFields.INCIDENT, summary,
                null, IncidentHistoryStep.priorityOf(severity), reporter, null, fields, clock.instant()));
        return Response.created(URI.create("/jira/browse/" + issue.key()))
                .entity(Json.write(Map.of("key", issue.key()))).build();
    }

    @POST
    @Path("/{key}/resolve")
    public Response resolve(@PathParam("key") String key) {
        Issue issue = access.editable(key);
        if (!SandboxFields.INCIDENT.equals(issue.type())) {
            throw new NotFoundException(key + " is not an incident.");
        }
        if (issue.isResolved()) {
            throw new ValidationException("status", key + " is already resolved.");
        }
        Issue resolved = workflow.transition(key, SandboxFields.DONE, access.user());
        return Response.ok(Json.write(IssueView.of(resolved))).build();
    }
}
