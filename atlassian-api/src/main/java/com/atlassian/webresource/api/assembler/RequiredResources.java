package com.atlassian.webresource.api.assembler;

/**
 * The resources a page requires, by web-resource key or by context. Only the members the plugin calls are declared.
 *
 * <p>Source: Atlassian's Slack integration for Jira 11.0.0 calls both as statements,
 * https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/velocity/VelocityPageBuilderService.java
 * ({@code requireWebResource(String)}, {@code requireContext(String)}). The fluent return type
 * ({@code RequiredResources}) is not visible at those call sites: the ledger test records the descriptor and a
 * mismatch would surface there.
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
