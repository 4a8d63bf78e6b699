package io.postmortem.sandbox.tickets;

import io.postmortem.core.incident.Incident;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.shared.HostRefusedException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Postmortem issues in the sandbox's store: created in the postmortem project and linked "reviews" each incident the
 * postmortem covers. Like the Jira adapter, creation does not depend on the resolver's rights in the postmortem
 * project, and the product acts as the project's lead when the issue follows its document. The sandbox's workflow
 * for Postmortem issues is Jira's simplified one: a transition named after each status ("To Do" leads to Open).
 */
public final class SandboxPostmortemTickets implements PostmortemTickets {
    public static final String REVIEWS = "reviews";
    /** The transitions of the sandbox's workflow and the status each leads to. */
    static final Map<String, String> TRANSITIONS = transitions();

    private final TicketWorkflow workflow;
    private final TicketStore store;
    private final Clock clock;

    public SandboxPostmortemTickets(TicketWorkflow workflow, TicketStore store, Clock clock) {
        this.workflow = workflow;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String create(Incident incident, String projectKey, String summary, String actingUser) {
        Issue issue = workflow.create(new NewIssue(projectKey, SandboxFields.POSTMORTEM, summary,
                "Blameless postmortem of " + incident.key() + ".", null, actingUser, null, Map.of(), clock.instant()));
        store.link(issue.key(), incident.key(), REVIEWS);
        return issue.key();
    }

    @Override
    public void delete(String postmortemKey) {
        store.delete(postmortemKey);
    }

    @Override
    public void follow(PostmortemIssue wanted) {
        Issue issue = existing(wanted.postmortemKey());
        String actor = actorFor(issue);
        String target = TRANSITIONS.get(wanted.transition());
        if (target == null) {
            throw new HostRefusedException("The workflow of " + issue.key() + " has no transition \""
                    + wanted.transition() + "\"; an administrator must map the postmortem states to its transitions.",
                    false, null);
        }
        if (wanted.assignee() != null && !wanted.assignee().equals(issue.assignee())) {
            workflow.assign(issue.key(), wanted.assignee(), actor);
        }
        Optional<String> priority = store.find(wanted.incidentKey()).map(Issue::priority);
        if (priority.isPresent() && !priority.get().equals(issue.priority())) {
            store.setPriority(issue.key(), priority.get(), actor, clock.instant());
        }
        if (wanted.description() != null) {
            store.setDescription(issue.key(), wanted.description(), actor, clock.instant());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(SandboxFields.DUE_DATE, wanted.dueDate() == null ? List.of() : List.of(wanted.dueDate().toString()));
        fields.put(SandboxFields.LABELS, wanted.labels());
        if (!issue.values(SandboxFields.DUE_DATE).equals(fields.get(SandboxFields.DUE_DATE))
                || !issue.values(SandboxFields.LABELS).equals(fields.get(SandboxFields.LABELS))) {
            workflow.update(issue.key(), fields, actor);
        }
        if (!target.equals(store.get(issue.key()).status())) {
            workflow.transition(issue.key(), target, wanted.resolution(), actor);
        }
    }

    @Override
    public Optional<PostmortemStatus> shownStatus(String postmortemKey) {
        return store.find(postmortemKey).map(issue -> switch (issue.status()) {
            case SandboxFields.DONE -> PostmortemStatus.PUBLISHED;
            case SandboxFields.IN_PROGRESS -> PostmortemStatus.IN_REVIEW;
            default -> PostmortemStatus.DRAFT;
        });
    }

    @Override
    public void comment(String postmortemKey, String text) {
        Issue issue = existing(postmortemKey);
        store.comment(issue.key(), actorFor(issue), text, clock.instant());
    }

    @Override
    public void addReviewedIncident(String postmortemKey, String incidentKey, String actingUser) {
        store.link(postmortemKey, incidentKey, REVIEWS);
    }

    @Override
    public void removeReviewedIncident(String postmortemKey, String incidentKey) {
        store.unlink(postmortemKey, incidentKey, REVIEWS);
    }

    @Override
    public Set<String> transitionNames(String projectKey) {
        return store.projectName(projectKey).isPresent() ? TRANSITIONS.keySet() : Set.of();
    }

    private Issue existing(String key) {
        return store.find(key).orElseThrow(() -> new HostRefusedException("The issue " + key + " no longer exists.",
                false, null));
    }

    private String actorFor(Issue issue) {
        return store.projectLead(issue.projectKey()).orElse(issue.reporter());
    }

    private static Map<String, String> transitions() {
        Map<String, String> transitions = new LinkedHashMap<>();
        transitions.put("To Do", SandboxFields.OPEN);
        transitions.put("In Progress", SandboxFields.IN_PROGRESS);
        transitions.put("Done", SandboxFields.DONE);
        return java.util.Collections.unmodifiableMap(transitions);
    }
}
