package com.atlassian.jira.project;

/**
 * Project look-ups.
 * <p>
 * Source: https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/project/ProjectManager.html ("public interface
 * ProjectManager"); {@code Project getProjectObjByKey(String key)} (null when there is no such project) was read in
 * Jira's {@code AbstractProjectManager}/mock sources in the code index. Jira 7 added {@code getProjectByCurrentKey}
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html); getProjectObjByKey
 * also matches renamed projects' old keys, which is what an administrator who typed a key expects. Not re-checked
 * against a Jira 11 page.
 */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
