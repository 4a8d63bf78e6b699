package com.atlassian.event.api;

/**
 * Publishes events to registered listeners.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventPublisher.html ("public
 * interface EventPublisher extends EventListenerRegistrar"; {@code void publish(Object event)}). register/unregister
 * are called by Atlassian's Slack integration for Platform 8: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/util/AutoSubscribingEventListener.java.
 */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
