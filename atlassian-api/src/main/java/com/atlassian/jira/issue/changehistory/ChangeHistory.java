package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.List;

/**
 * One change group of an issue: who changed what, when.
 * <p>
 * Source: https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html
 * ("@PublicApi public class ChangeHistory extends Object implements WithId"; {@code Long getId()},
 * {@code Timestamp getTimePerformed()}, {@code ApplicationUser getAuthorObject()},
 * {@code List<ChangeItemBean> getChangeItemBeans()}). Its real constructors take OfBiz GenericValues, so none is
 * declared; tests mock it. Bodies are never run inside Jira (this module is compile-only).
 */
public class ChangeHistory {

    protected ChangeHistory() {
    }

    public Long getId() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("declaration only");
    }

    public ApplicationUser getAuthorObject() {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("declaration only");
    }
}
