package com.atlassian.webresource.api.assembler;

/**
 * The request's page builder: what a page requires is collected here and Jira's decorator writes the tags.
 * Only the member the plugin calls is declared.
 *
 * <p>Source: Atlassian's Slack integration for Jira 11.0.0 imports it as a host component and requires resources
 * through it, e.g. https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java
 * ({@code pageBuilderService.assembler().resources().requireWebResource(...)}) and
 * https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
 * ({@code @ComponentImport PageBuilderService}).
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
