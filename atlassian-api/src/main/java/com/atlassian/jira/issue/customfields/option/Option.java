package com.atlassian.jira.issue.customfields.option;

/**
 * An option of a select or multi-select custom field (the value type {@code Issue.getCustomFieldValue} returns for
 * those fields; multi-selects give a collection of them).
 * <p>
 * Source: Jira's Option.java in the code index ("@PublicApi public interface Option extends SimpleOption&lt;Option&gt;").
 * {@code String getValue()} is declared on SimpleOption; the same descriptor resolves through the super-interface.
 */
public interface Option {

    Long getOptionId();

    String getValue();
}
