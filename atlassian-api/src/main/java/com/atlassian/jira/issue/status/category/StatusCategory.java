package com.atlassian.jira.issue.status.category;

/**
 * The category of a workflow status: To Do, In Progress or Done, whatever the status is called.
 * <p>
 * Source: Jira's own StatusCategory.java (code index; "@PublicApi public interface StatusCategory extends
 * Serializable, Comparable&lt;StatusCategory&gt;", since 6.1) with {@code String getKey()} and the keys
 * {@code TO_DO = "new"}, {@code IN_PROGRESS = "indeterminate"}, {@code COMPLETE = "done"}, {@code UNDEFINED =
 * "undefined"}. Those are non-final static Strings in the interface (so implicitly public static final, inlined);
 * we compare against the literals instead of declaring them. The Jira 11 javadoc page was not seen.
 */
public interface StatusCategory {

    String getKey();
}
