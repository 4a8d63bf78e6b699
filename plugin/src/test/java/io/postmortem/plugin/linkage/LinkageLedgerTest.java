package io.postmortem.plugin.linkage;

import io.postmortem.plugin.health.DegradedFeatures;
import io.postmortem.plugin.linkage.LinkedMembers.Member;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's check of every Atlassian member the plugin links against {@code atlassian-api/evidence.tsv}: it reads
 * the compiled plugin classes (target/classes, after compile) and fails on a member without a row, a row with
 * another descriptor, a stale row, a row without Jira 10/11 evidence that is not guarded, and a guarded row linked
 * from a class that does not go through {@code HostCalls}.
 */
class LinkageLedgerTest {
    static final Path LEDGER = Path.of(System.getProperty("postmortem.evidence",
            Path.of("..", "atlassian-api", "evidence.tsv").toString()));

    @Test
    void everyAtlassianMemberThePluginLinksHasJira10Or11EvidenceOrIsGuarded() {
        LinkedMembers linked = LinkedMembers.in(pluginClasses());
        assertThat(linked.linkedBy()).as("the plugin's classes link Atlassian members").isNotEmpty();

        List<String> problems = EvidenceLedger.read(LEDGER).problems(linked);

        assertThat(problems).as("atlassian-api/evidence.tsv against the plugin's class files").isEmpty();
    }

    @Test
    void thePluginLinksNoWebResourceManagerAnyMore() {
        LinkedMembers linked = LinkedMembers.in(pluginClasses());

        assertThat(linked.linkedBy().keySet()).noneMatch(m -> m.member().startsWith("com.atlassian.plugin.webresource."));
    }

    @Test
    void theClassFilesAreReadAsTheJvmLinksThem() {
        LinkedMembers linked = LinkedMembers.in(pluginClasses());

        assertThat(linked.linkedBy()).containsKey(new Member("com.atlassian.jira.issue.Issue#getKey", "()Ljava/lang/String;"));
        assertThat(linked.linkedBy().get(new Member(
                "com.atlassian.jira.bc.issue.IssueService$IssueResult#isValid", "()Z")))
                .contains("io/postmortem/plugin/jira/postmortem/JiraPostmortemTickets");
        assertThat(linked.guarded("io/postmortem/plugin/jira/mail/JiraMailer")).isTrue();
        assertThat(linked.guarded("io/postmortem/plugin/jira/access/JiraCurrentUser")).isFalse();
        assertThat(linked.linkedBy().keySet()).noneMatch(m -> m.member().startsWith("io.postmortem"));
    }

    @Test
    void aLinkedMemberWithoutARowFails() {
        assertThat(ledger().problems(linked(Map.of(GET_KEY, Set.of("a/A"), GET_ID, Set.of("a/A")), Set.of())))
                .singleElement().asString().startsWith("no evidence row for com.atlassian.jira.issue.Issue#getId");
    }

    @Test
    void aRowWithAnotherDescriptorFails() {
        Member other = new Member(GET_KEY.member(), "()Ljava/lang/Object;");

        assertThat(ledger().problems(linked(Map.of(other, Set.of("a/A")), Set.of())))
                .singleElement().asString().contains("descriptor differs").contains("()Ljava/lang/Object;")
                .contains("()Ljava/lang/String;");
    }

    @Test
    void aRowForAMemberNoLongerLinkedIsStale() {
        assertThat(ledger().problems(linked(Map.of(), Set.of())))
                .singleElement().asString().contains("stale row").contains("Issue#getKey");
    }

    @Test
    void aRowSeenOnlyBeforeJira10FailsUnlessGuarded() {
        EvidenceLedger old = EvidenceLedger.parse(List.of(EvidenceLedger.HEADER,
                row(GET_KEY, "Jira 7.0", "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/Issue.html")));

        assertThat(old.problems(linked(Map.of(GET_KEY, Set.of("a/A")), Set.of())))
                .singleElement().asString().contains("seen only in Jira 7.0");
    }

    @Test
    void aGuardedRowMustBeLinkedOnlyFromClassesThatGoThroughTheGuard() {
        EvidenceLedger guarded = EvidenceLedger.parse(List.of(EvidenceLedger.HEADER,
                row(GET_KEY, "guarded", "https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/Issue.html")));

        assertThat(guarded.problems(linked(Map.of(GET_KEY, Set.of("a/A$1", "b/B")), Set.of("a/A"))))
                .singleElement().asString().contains("[b/B]").contains("HostCalls");
        assertThat(guarded.problems(linked(Map.of(GET_KEY, Set.of("a/A$1")), Set.of("a/A")))).isEmpty();
    }

    @Test
    void sourcesArePublicPagesOrRepositoryFilesAtACommitAndSeenInNamesJira10OrLater() {
        EvidenceLedger local = EvidenceLedger.parse(List.of(EvidenceLedger.HEADER,
                row(GET_KEY, "Jira 11.3", "jira-platform-facts.md 2.7"),
                row(GET_ID, "Platform 8", "https://github.com/owner/repo/blob/main/Issue.java")));

        assertThat(local.problems(linked(Map.of(GET_KEY, Set.of("a/A"), GET_ID, Set.of("a/A")), Set.of())))
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("must be a docs.atlassian.com URL"));
        assertThat(EvidenceLedger.jira10OrLater("Jira 10.3")).isTrue();
        assertThat(EvidenceLedger.jira10OrLater("Platform 7")).isTrue();
        assertThat(EvidenceLedger.jira10OrLater("Jira 9.12")).isFalse();
        assertThat(EvidenceLedger.jira10OrLater("Platform 6")).isFalse();
    }

    @Test
    void aMalformedLedgerFails() {
        assertThat(EvidenceLedger.parse(List.of("member,descriptor", "com.atlassian.x.Y#z\t()V\tJira 11"))
                .problems(linked(Map.of(), Set.of()))).hasSize(2);
    }

    private static final Member GET_KEY = new Member("com.atlassian.jira.issue.Issue#getKey", "()Ljava/lang/String;");
    private static final Member GET_ID = new Member("com.atlassian.jira.issue.Issue#getId", "()Ljava/lang/Long;");
    private static final String SLACK_ISSUE = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
            + "94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/"
            + "src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java";

    private static EvidenceLedger ledger() {
        return EvidenceLedger.parse(List.of(EvidenceLedger.HEADER, row(GET_KEY, "Jira 11.0", SLACK_ISSUE)));
    }

    private static String row(Member member, String seenIn, String source) {
        return member.member() + "\t" + member.descriptor() + "\t" + seenIn + "\t" + source;
    }

    private static LinkedMembers linked(Map<Member, Set<String>> linkedBy, Set<String> guarding) {
        return new LinkedMembers(new java.util.TreeMap<>(linkedBy), guarding);
    }

    /** The compiled plugin classes: the directory DegradedFeatures.class was loaded from. */
    static Path pluginClasses() {
        try {
            Path health = Path.of(DegradedFeatures.class.getResource("DegradedFeatures.class").toURI()).getParent();
            Path root = health.getParent().getParent().getParent().getParent();
            assertThat(Files.isDirectory(root.resolve("io/postmortem/plugin"))).as(root.toString()).isTrue();
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
