package com.atlassian.webresource.api.assembler;

/**
 * The current request's assembler of web resources. Only the member the plugin calls is declared.
 *
 * <p>Source: as {@link PageBuilderService} ({@code assembler().resources()} in Atlassian's Slack integration for
 * Jira 11.0.0, https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/velocity/VelocityPageBuilderService.java).
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
