package io.postmortem.plugin.jira.incident;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.postmortem.plugin.persistence.config.AoConfigurationStore;
import io.postmortem.plugin.persistence.config.ConfigurationEntity;
import io.postmortem.testkit.ao.AoDatabase;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@link OurIssues} over a real configuration store (H2 in memory, the default incident mapping: type "Incident"),
 * and Jira issues (Mockito, Jira's own types) of a given issue type.
 */
public final class OurIssuesFixture {
    private static AoDatabase database;

    private OurIssuesFixture() {
    }

    public static synchronized OurIssues withDefaultMapping() {
        if (database == null) {
            database = AoDatabase.h2InMemory("our-issues-fixture");
            database.activeObjects().migrate(ConfigurationEntity.class);
        }
        return new OurIssues(new AoConfigurationStore(database.activeObjects()));
    }

    public static MutableIssue issue(String key, String typeName) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(typeName);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }
}
