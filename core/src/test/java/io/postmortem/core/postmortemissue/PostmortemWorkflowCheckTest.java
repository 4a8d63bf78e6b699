package io.postmortem.core.postmortemissue;

import io.postmortem.core.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostmortemWorkflowCheckTest {
    private final PostmortemIssueWorld world = new PostmortemIssueWorld();
    private final PostmortemWorkflowCheck check = new PostmortemWorkflowCheck(world.org, world.store);

    @Test
    void the_default_mapping_fits_a_simplified_workflow() {
        PostmortemWorkflowCheck.Result result = check.check(world.org.actor("admin"));

        assertThat(result.healthy()).isTrue();
        assertThat(result.projectKey()).isEqualTo("PM");
        assertThat(result.mapped()).containsEntry("publishedTransition", "Done");
        assertThat(result.available()).containsExactly("Done", "In Progress", "To Do");
    }

    @Test
    void a_transition_the_workflow_lacks_is_named() {
        world.store.transitions = Set.of("Start Progress", "Resolve Issue", "Close Issue", "Reopen Issue");

        PostmortemWorkflowCheck.Result result = check.check();

        assertThat(result.healthy()).isFalse();
        assertThat(result.missing()).containsOnlyKeys("draftTransition", "inReviewTransition", "publishedTransition");
        assertThat(result.missing().get("publishedTransition")).contains("has no transition \"Done\"");
    }

    @Test
    void a_project_without_a_workflow_for_postmortems_is_reported() {
        world.store.transitions = Set.of();

        assertThat(check.check().missing().get("draftTransition")).contains("PM has no workflow");
    }

    @Test
    void only_administrators_check_from_the_administration() {
        assertThatThrownBy(() -> check.check(world.org.actor("mim"))).isInstanceOf(ForbiddenException.class);
    }
}
