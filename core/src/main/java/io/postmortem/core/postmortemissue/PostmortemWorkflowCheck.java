package io.postmortem.core.postmortemissue;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.config.PostmortemIssuePolicy;
import io.postmortem.core.postmortem.PostmortemTickets;
import io.postmortem.core.shared.ForbiddenException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the transitions the administration maps to the document's states exist in the workflow Postmortem
 * issues follow in the postmortem project. The administration page shows it next to the mapping; the health page
 * calls {@link #check()}.
 */
public final class PostmortemWorkflowCheck {
    private final ConfigurationStore configurationStore;
    private final PostmortemTickets tickets;

    public PostmortemWorkflowCheck(ConfigurationStore configurationStore, PostmortemTickets tickets) {
        this.configurationStore = configurationStore;
        this.tickets = tickets;
    }

    /**
     * The outcome.
     *
     * @param projectKey the postmortem project
     * @param mapped     per setting (draftTransition, inReviewTransition, publishedTransition), the transition named
     * @param missing    per setting whose transition the workflow lacks, what to do about it
     * @param available  the transitions the workflow has, for choosing
     */
    public record Result(String projectKey, Map<String, String> mapped, Map<String, String> missing,
                         List<String> available) {

        public Result {
            mapped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapped));
            missing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
            available = List.copyOf(available);
        }

        public boolean healthy() {
            return missing.isEmpty();
        }
    }

    /** For the administration page: administrators only. */
    public Result check(Actor actor) {
        if (!actor.administrator()) {
            throw new ForbiddenException("Only Jira administrators can check the postmortem workflow.");
        }
        return check();
    }

    /** For the health page, which makes its own permission check. */
    public Result check() {
        Configuration configuration = configurationStore.load();
        String project = configuration.incidentMapping().postmortemProject();
        PostmortemIssuePolicy policy = configuration.postmortemIssue();
        Set<String> available = new TreeSet<>(tickets.transitionNames(project));
        Map<String, String> mapped = new LinkedHashMap<>();
        mapped.put("draftTransition", policy.draftTransition());
        mapped.put("inReviewTransition", policy.inReviewTransition());
        mapped.put("publishedTransition", policy.publishedTransition());
        Map<String, String> missing = new LinkedHashMap<>();
        mapped.forEach((setting, name) -> {
            if (available.isEmpty()) {
                missing.put(setting, "Project " + project + " has no workflow for Postmortem issues.");
            } else if (!available.contains(name)) {
                missing.put(setting, "The workflow of Postmortem issues in " + project + " has no transition \""
                        + name + "\".");
            }
        });
        return new Result(project, mapped, missing, new ArrayList<>(available));
    }
}
