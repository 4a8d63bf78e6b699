package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public one-argument method of a registered listener as an event handler.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html ("Implementations
 * must dispatch events to listeners which have a public method annotated with EventListener and one argument which is
 * assignable from the event type"); RUNTIME retention and METHOD target as Jira 11.0 listeners rely on
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultJiraSlackEventListener.java). RUNTIME is essential: the publisher finds handlers by reflection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
}
