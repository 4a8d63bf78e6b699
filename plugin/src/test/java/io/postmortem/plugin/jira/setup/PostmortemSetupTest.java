package io.postmortem.plugin.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.postmortem.core.locking.ClusterLocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PostmortemSetupTest {
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final List<String> locksTaken = new ArrayList<>();
    private final ClusterLocks locks = new ClusterLocks() {
        @Override
        public <T> T withLock(String name, Supplier<T> work) {
            locksTaken.add(name);
            return work.get();
        }
    };
    private final PostmortemSetup setup = new PostmortemSetup(issueTypes, linkTypes, locks,
            new io.postmortem.plugin.health.HostCalls(new io.postmortem.plugin.health.DegradedFeatures(java.time.Clock.systemUTC())));

    /** Jira's state: what exists now; the mocks' create methods add to it. */
    private final List<IssueType> types = new ArrayList<>();
    private final List<IssueLinkType> links = new ArrayList<>();

    @BeforeEach
    void aFreshJira() {
        IssueType subTask = issueType("Sub-task", true, 10316L);
        IssueType bug = issueType("Bug", false, 10303L);
        types.add(subTask);
        types.add(bug);
        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(types));
        when(issueTypes.createIssueType(anyString(), anyString(), anyLong())).thenAnswer(call -> {
            IssueType created = issueType(call.getArgument(0), false, call.getArgument(2));
            types.add(created);
            return created;
        });
        when(linkTypes.getIssueLinkTypesByName(anyString())).thenAnswer(call -> links.stream()
                .filter(link -> link.getName().equals(call.getArgument(0))).toList());
        org.mockito.Mockito.doAnswer(call -> {
            IssueLinkType link = mock(IssueLinkType.class);
            when(link.getName()).thenReturn(call.getArgument(0));
            links.add(link);
            return null;
        }).when(linkTypes).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    void createsTheIssueTypesAndLinkTypesWithTheirDirections() {
        List<String> created = setup.ensure();

        assertThat(created).containsExactly("issue type Postmortem", "issue type Problem", "link type Postmortem",
                "link type Postmortem action");
        // A standard type's icon, never a sub-task's.
        verify(issueTypes).createIssueType("Postmortem", "The blameless postmortem of an incident.", 10303L);
        verify(issueTypes).createIssueType("Problem", "An underlying cause found by a postmortem.", 10303L);
        verify(linkTypes).createIssueLinkType("Postmortem", "reviews", "is reviewed by", null);
        verify(linkTypes).createIssueLinkType("Postmortem action", "has action", "is action of", null);
        assertThat(locksTaken).containsExactly("setup");
    }

    @Test
    void runningTwiceCreatesNothingNew() {
        setup.ensure();

        List<String> second = setup.ensure();

        assertThat(second).isEmpty();
        verify(issueTypes, times(2)).createIssueType(anyString(), anyString(), anyLong());
        verify(linkTypes, times(2)).createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    @Test
    void typesAnAdministratorAlreadyHasAreKeptWhateverTheirCase() {
        types.add(issueType("postmortem", false, 1L));
        IssueLinkType existing = mock(IssueLinkType.class);
        when(existing.getName()).thenReturn("Postmortem");
        links.add(existing);

        assertThat(setup.ensure()).containsExactly("issue type Problem", "link type Postmortem action");
        verify(issueTypes, never()).createIssueType(org.mockito.ArgumentMatchers.eq("Postmortem"), anyString(), anyLong());
    }

    @Test
    void withoutAnyIconToReuseIssueTypesAreNotCreatedButLinkTypesAre() {
        types.clear();
        types.add(issueType("Bug", false, null));

        assertThat(setup.ensure()).containsExactly("link type Postmortem", "link type Postmortem action");
        verify(issueTypes, never()).createIssueType(anyString(), anyString(), anyLong());
    }

    private static IssueType issueType(String name, boolean subTask, Long avatarId) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        if (avatarId != null) {
            Avatar avatar = mock(Avatar.class);
            when(avatar.getId()).thenReturn(avatarId);
            when(type.getAvatar()).thenReturn(avatar);
        }
        return type;
    }
}
