package com.atlassian.jira.issue.link;

/**
 * A kind of link between issues, with its outward and inward descriptions.
 * <p>
 * Type and package from https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
 * (returns {@code IssueLinkType}) and https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html
 * ({@code IssueLinkType getIssueLinkType()}). The getters {@code Long getId()}, {@code String getName()},
 * {@code String getOutward()}, {@code String getInward()} are the ones IssueLinkTypeManager's arguments name; the
 * IssueLinkType page itself was not seen (no Jira 10/11 source was found; the calls are guarded, see atlassian-api/evidence.tsv).
 */
public interface IssueLinkType {

    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
