package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jira's message set, built with its no-argument constructor.
 * <p>
 * Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/AbstractMessageSet.html
 * (MessageSetImpl is listed among its known direct subclasses) and Jira's own code ({@code MessageSet messageSet =
 * new MessageSetImpl();}). In Jira it extends AbstractMessageSet; that intermediate class is left out here, which
 * does not change how {@code new MessageSetImpl()} and the MessageSet calls link. The bodies only let tests run.
 */
public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    @Override
    public void addErrorMessage(String message) {
        errors.add(message);
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }
}
