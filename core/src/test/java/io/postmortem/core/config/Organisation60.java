package io.postmortem.core.config;

import io.postmortem.core.testing.TestOrganisation;

/** The organisation the product is built for: 12 platforms of 5 teams, each team with its own project and group. */
final class Organisation60 {
    static final int PLATFORMS = 12;
    static final int TEAMS_PER_PLATFORM = 5;

    private Organisation60() {
    }

    static TestOrganisation jira() {
        TestOrganisation.Builder jira = TestOrganisation.builder().everyoneMayDoEverything()
                .groups("major-incident-management", "site-reliability-engineering")
                .projects("PM")
                .administrators("admin");
        for (int p = 1; p <= PLATFORMS; p++) {
            jira.users("lead" + p);
            for (int t = 1; t <= TEAMS_PER_PLATFORM; t++) {
                jira.projects(project(p, t)).groups("team-p" + p + "-t" + t);
            }
        }
        return jira.build();
    }

    static String csv() {
        StringBuilder csv = new StringBuilder("platform_slug,platform_name,platform_lead,team_slug,team_name,project,component,group\n");
        for (int p = 1; p <= PLATFORMS; p++) {
            for (int t = 1; t <= TEAMS_PER_PLATFORM; t++) {
                csv.append("platform-").append(p).append(",\"Platform ").append(p).append(", core\",lead").append(p)
                        .append(",team-p").append(p).append("-t").append(t)
                        .append(",Team ").append(t).append(" of ").append(p)
                        .append(',').append(project(p, t))
                        .append(',').append(t == 1 ? "api" : "")
                        .append(",team-p").append(p).append("-t").append(t).append('\n');
            }
        }
        return csv.toString();
    }

    static String project(int platform, int team) {
        return "P" + (char) ('A' + platform - 1) + team;
    }
}
