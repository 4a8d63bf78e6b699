package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;

import java.util.TimeZone;

/**
 * Users' time zones (their profile preference, else Jira's default zone).
 * <p>
 * Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html
 * ("public interface TimeZoneManager"; {@code TimeZone getTimeZoneforUser(User user)} - note the lower-case "for" -
 * and {@code TimeZone getDefaultTimezone()}). That page predates Jira 7, where the parameter is the crowd
 * {@code User}; the {@code ApplicationUser} parameter declared here is seen only in third-party Jira 8+ code
 * ({@code timeZoneManager.getTimeZoneforUser(applicationUser)}). NOT verified against a Jira 7+ javadoc page.
 */
public interface TimeZoneManager {

    TimeZone getTimeZoneforUser(ApplicationUser user);

    TimeZone getDefaultTimezone();
}
