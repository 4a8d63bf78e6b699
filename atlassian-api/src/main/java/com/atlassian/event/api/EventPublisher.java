package com.atlassian.event.api;

/**
 * Publishes events to registered listeners.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-event/2.3.1/com/atlassian/event/api/EventPublisher.html ("public
 * interface EventPublisher extends EventListenerRegistrar"; {@code void publish(Object event)}). Jira 10 ships
 * atlassian-event 6.0.0 (jira-platform-facts.md 6); the interface shape is the same in the decompiled modern source.
 */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
