package io.postmortem.sandbox.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * The issue the sandbox's issue view puts under {@code issue} in the web fragment context, where Jira puts its
 * {@link Issue}: it answers what a web panel's condition or context provider may ask of the viewed issue (key,
 * summary and type) and fails loudly on anything else, so a plugin class that starts reading more shows it in the sandbox's
 * tests instead of receiving made-up values. A proxy, not a class, so the sandbox does not re-implement Jira's Issue.
 */
final class PanelIssue {

    private PanelIssue() {
    }

    static Issue of(io.postmortem.sandbox.tickets.Issue issue) {
        InvocationHandler answers = (proxy, method, args) -> switch (method.getName()) {
            case "getKey" -> issue.key();
            case "getSummary" -> issue.summary();
            case "getIssueType" -> issueType(issue.type());
            case "toString" -> "Issue " + issue.key();
            case "hashCode" -> issue.key().hashCode();
            case "equals" -> args[0] instanceof Issue other && issue.key().equals(other.getKey());
            default -> throw new UnsupportedOperationException("The sandbox's issue view gives web panels the "
                    + "issue's key, summary and type; " + method.getName() + " is not among them");
        };
        return (Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[]{Issue.class}, answers);
    }

    /** The issue's type, by its name (the sandbox's types have no other id). */
    private static IssueType issueType(String name) {
        InvocationHandler answers = (proxy, method, args) -> switch (method.getName()) {
            case "getName", "getId" -> name;
            case "isSubTask" -> false;
            case "toString" -> "IssueType " + name;
            case "hashCode" -> name.hashCode();
            case "equals" -> args[0] instanceof IssueType other && name.equals(other.getName());
            default -> throw new UnsupportedOperationException("The sandbox's issue types have a name only; "
                    + method.getName() + " is not answered");
        };
        return (IssueType) Proxy.newProxyInstance(IssueType.class.getClassLoader(), new Class<?>[]{IssueType.class},
                answers);
    }
}
