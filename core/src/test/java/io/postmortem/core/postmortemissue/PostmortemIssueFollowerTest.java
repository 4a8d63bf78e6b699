package io.postmortem.core.postmortemissue;

import io.postmortem.core.config.PostmortemIssuePolicy;
import io.postmortem.core.learning.LearningMarks;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemIssue;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemIssueFollowerTest {
    private final PostmortemIssueWorld world = new PostmortemIssueWorld();

    @Test
    void a_new_p2_postmortems_issue_is_assigned_to_the_mim_facilitator_due_on_the_meeting_day_in_draft() {
        Postmortem postmortem = world.postmortemOf("INC-1", Severity.P2, "checkout");

        PostmortemIssue issue = last();
        assertThat(issue.postmortemKey()).isEqualTo(postmortem.key());
        assertThat(issue.incidentKey()).isEqualTo("INC-1");
        assertThat(issue.assignee()).isEqualTo("mim2");
        assertThat(issue.dueDate()).isEqualTo(postmortem.dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(issue.status()).isEqualTo(PostmortemStatus.DRAFT);
        assertThat(issue.transition()).isEqualTo("To Do");
        assertThat(issue.description()).isNull();
    }

    @Test
    void a_teams_postmortem_goes_to_its_configured_facilitator_else_to_its_platform_lead() {
        world.postmortemOf("INC-2", Severity.P3, "search");
        assertThat(last().assignee()).isEqualTo("lead-storefront");

        world.org.setConfiguration(world.org.load().withPostmortemIssue(new PostmortemIssuePolicy("To Do",
                "In Progress", "Done", "Done", null, Map.of("ledger", "dev-ledger"))));
        world.postmortemOf("INC-3", Severity.P3, "ledger");
        assertThat(last().assignee()).isEqualTo("dev-ledger");
        world.postmortemOf("INC-4", Severity.P1, "ledger");
        assertThat(last().assignee()).as("MIM without a configured user leaves the assignee alone").isNull();
    }

    @Test
    void published_ends_done_with_the_resolution_and_the_summary_as_description() {
        Postmortem postmortem = world.complete(world.postmortemOf("INC-5", Severity.P2, "checkout"));
        world.service.transition(postmortem.key(), PostmortemStatus.IN_REVIEW, world.org.actor("mim"));
        assertThat(last().transition()).isEqualTo("In Progress");

        world.service.transition(postmortem.key(), PostmortemStatus.PUBLISHED, world.org.actor("mim"));

        PostmortemIssue issue = last();
        assertThat(issue.status()).isEqualTo(PostmortemStatus.PUBLISHED);
        assertThat(issue.transition()).isEqualTo("Done");
        assertThat(issue.resolution()).isEqualTo("Done");
        assertThat(issue.description()).isEqualTo("Card payments failed for 40 minutes.");
        assertThat(world.store.shownStatus(postmortem.key())).contains(PostmortemStatus.PUBLISHED);
    }

    @Test
    void the_tags_are_the_labels_and_a_tag_change_is_followed() {
        Postmortem postmortem = world.postmortemOf("INC-6", Severity.P2, "checkout");
        int before = world.store.followed.size();

        world.learning.save(new LearningMarks(postmortem.key(), false, List.of("retry-storm", "ledger")));
        world.service.changed(postmortem);

        assertThat(world.store.followed).hasSize(before + 1);
        assertThat(last().labels()).containsExactly("retry-storm", "ledger");
    }

    private PostmortemIssue last() {
        assertThat(world.store.followed).isNotEmpty();
        return world.store.followed.get(world.store.followed.size() - 1);
    }
}
