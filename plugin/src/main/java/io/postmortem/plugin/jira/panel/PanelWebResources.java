package io.postmortem.plugin.jira.panel;

import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.util.List;

/**
 * The plugin's web-resources a panel's template needs. They belong to no web-resource context: a panel's context
 * provider requires them while Jira draws the panel, which it does only after the panel's condition said yes, so the
 * scripts and styles reach pages that show one of the panels and no other page (an issue that is not ours, a
 * dashboard, a search). Atlassian's Slack integration for Jira 11 does the same from its issue web panel
 * ({@code IssueWebPanel.writeHtml} requires its resources through {@code PageBuilderService},
 * https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/panels/IssueWebPanel.java).
 * The page builder keeps each resource once per page, so two panels requiring the same one cost nothing more.
 */
public final class PanelWebResources {
    private static final String PLUGIN = "io.postmortem.postmortem-for-jira:";
    /** The REST client, the postmortem panels' script and styles, the blameless review and the learning loop. */
    public static final String PANELS = PLUGIN + "postmortem-panel-resources";
    /** The actions fragment (templates/panels/actions.vm). */
    public static final String ACTIONS = PLUGIN + "actions-resources";
    /** The timeline fragment (templates/panels/timeline.vm). */
    public static final String TIMELINE = PLUGIN + "timeline-resources";
    /** "Have we seen this before?" (related.vm) and sharing (sharing.vm). */
    public static final String LEARNING = PLUGIN + "learning-panel-resources";

    private final PageBuilderService pageBuilder;

    public PanelWebResources(PageBuilderService pageBuilder) {
        this.pageBuilder = pageBuilder;
    }

    /** Puts these web-resources (complete module keys) on the page being drawn. */
    void require(List<String> moduleCompleteKeys) {
        var resources = pageBuilder.assembler().resources();
        moduleCompleteKeys.forEach(resources::requireWebResource);
    }
}
