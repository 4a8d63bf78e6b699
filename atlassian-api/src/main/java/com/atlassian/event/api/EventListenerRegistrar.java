package com.atlassian.event.api;

/**
 * Registers listeners whose {@link EventListener} methods receive events.
 * <p>
 * Source: https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html
 * ("public interface EventListenerRegistrar"; {@code void register(Object listener)},
 * {@code void unregister(Object listener)}, {@code void unregisterAll()}).
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
