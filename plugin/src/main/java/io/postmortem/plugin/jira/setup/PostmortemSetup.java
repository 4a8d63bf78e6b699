package io.postmortem.plugin.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.postmortem.core.locking.ClusterLocks;
import io.postmortem.plugin.health.HostCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes sure Jira has what the postmortem lifecycle needs: the "Postmortem" and "Problem" issue types and the
 * "Postmortem" (reviews / is reviewed by) and "Postmortem action" (has action / is action of) link types. Runs when
 * the plugin starts, on every node; idempotent, and under a cluster lock so two nodes starting together do not both
 * create them. Existing types with these names are kept as they are (an administrator may have edited them).
 * <p>
 * Guarded ({@value #FEATURE}): the issue-type and link-type managers' calls are not shown for Jira 10/11 by a public
 * source; a linkage failure leaves setup off (health page: an administrator creates the types by hand) and the
 * plugin still starts.
 */
public final class PostmortemSetup {
    public static final String POSTMORTEM_ISSUE_TYPE = "Postmortem";
    public static final String PROBLEM_ISSUE_TYPE = "Problem";
    public static final String POSTMORTEM_LINK = "Postmortem";
    public static final String POSTMORTEM_LINK_OUTWARD = "reviews";
    public static final String POSTMORTEM_LINK_INWARD = "is reviewed by";
    public static final String ACTION_LINK = "Postmortem action";
    public static final String ACTION_LINK_OUTWARD = "has action";
    public static final String ACTION_LINK_INWARD = "is action of";

    private static final Logger log = LoggerFactory.getLogger(PostmortemSetup.class);

    private final IssueTypeManager issueTypeManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final ClusterLocks locks;
    private final HostCalls host;

    static final String FEATURE = "issue-and-link-type-setup";

    public PostmortemSetup(IssueTypeManager issueTypeManager, IssueLinkTypeManager issueLinkTypeManager,
                           ClusterLocks locks, HostCalls host) {
        this.host = host;
        this.issueTypeManager = issueTypeManager;
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.locks = locks;
    }

    /** Creates what is missing; returns the names of what it created (empty when all was there). */
    public List<String> ensure() {
        return locks.withLock("setup", () -> host.callOr(FEATURE, this::ensureUnlocked, List::<String>of));
    }

    private List<String> ensureUnlocked() {
        List<String> created = new ArrayList<>();
        ensureIssueType(POSTMORTEM_ISSUE_TYPE, "The blameless postmortem of an incident.", created);
        ensureIssueType(PROBLEM_ISSUE_TYPE, "An underlying cause found by a postmortem.", created);
        ensureLinkType(POSTMORTEM_LINK, POSTMORTEM_LINK_OUTWARD, POSTMORTEM_LINK_INWARD, created);
        ensureLinkType(ACTION_LINK, ACTION_LINK_OUTWARD, ACTION_LINK_INWARD, created);
        if (!created.isEmpty()) {
            log.info("Postmortem for Jira set up: created {}", created);
        }
        return List.copyOf(created);
    }

    private void ensureIssueType(String name, String description, List<String> created) {
        Collection<IssueType> types = nonNull(issueTypeManager.getIssueTypes());
        if (types.stream().anyMatch(type -> name.equalsIgnoreCase(type.getName()))) {
            return;
        }
        // Jira requires an avatar for a new issue type; the icon of an existing standard type serves.
        Long avatarId = types.stream()
                .filter(type -> !type.isSubTask())
                .map(IssueType::getAvatar)
                .filter(avatar -> avatar != null && avatar.getId() != null)
                .map(Avatar::getId)
                .findFirst().orElse(null);
        if (avatarId == null) {
            log.warn("Cannot create the \"{}\" issue type: no existing issue type has an icon to reuse", name);
            return;
        }
        issueTypeManager.createIssueType(name, description, avatarId);
        created.add("issue type " + name);
    }

    private void ensureLinkType(String name, String outward, String inward, List<String> created) {
        Collection<IssueLinkType> existing = issueLinkTypeManager.getIssueLinkTypesByName(name);
        if (existing != null && !existing.isEmpty()) {
            return;
        }
        issueLinkTypeManager.createIssueLinkType(name, outward, inward, null);
        created.add("link type " + name);
    }

    private static <T> Collection<T> nonNull(Collection<T> items) {
        return items == null ? List.of() : items;
    }
}
