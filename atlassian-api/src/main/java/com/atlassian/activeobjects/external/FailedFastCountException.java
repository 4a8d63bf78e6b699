package com.atlassian.activeobjects.external;

/**
 * Thrown by {@link ActiveObjects#getFastCountEstimate(Class)} when the database cannot give an estimate.
 * <p>
 * Its package and name are verified only through the import in a decompiled Jira-era {@code ActiveObjects} (see
 * {@link ActiveObjects}). Its superclass and constructors could NOT be verified: declared here like its
 * library counterpart {@code net.java.ao.FailedFastCountException} (a checked {@code Exception} with a
 * {@code (Throwable)} constructor, https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.0.0-m01/net/java/ao/FailedFastCountException.html).
 * Throws clauses have no effect on binary linkage; the plugin never catches or constructs this type.
 */
public class FailedFastCountException extends Exception {

    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
