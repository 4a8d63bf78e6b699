package io.postmortem.core.quality;

import java.util.regex.Pattern;

/**
 * Whether an impact statement is quantified: a count of people, requests or money, and a duration. Plain patterns
 * over the text, generous with units and forms ("1,200 customers", "3.4k requests", "£12k", "40 minutes",
 * "09:10–09:52"), because a figure of any of these kinds is what a reviewer asks for.
 */
final class ImpactText {
    private static final String NUMBER = "\\d[\\d,.]*\\s*(?:k|m|million|thousand|hundred)?";
    private static final Pattern AFFECTED = Pattern.compile("(?i)\\b" + NUMBER + "\\s*(?:%|per\\s*cent|percent)?\\s*"
            + "(?:of\\s+(?:our|all|the)\\s+)?(?:[a-z-]+\\s+)?"
            + "(?:users?|customers?|people|persons?|merchants?|accounts?|members?|shoppers?|subscribers?|tenants?"
            + "|clients?|sellers?|buyers?|drivers?|riders?|patients?|employees?|engineers?|requests?|calls?"
            + "|transactions?|payments?|orders?|checkouts?|logins?|sessions?|queries|messages?|emails?|errors?"
            + "|jobs?|uploads?|downloads?|bookings?|invoices?|events?)\\b");
    private static final Pattern MONEY = Pattern.compile("(?i)(?:[$£€¥]\\s*\\d[\\d,.]*\\s*(?:k|m|million|thousand)?"
            + "|\\b\\d[\\d,.]*\\s*(?:k|m|million|thousand)?\\s*(?:usd|eur|gbp|dollars|pounds|euros|inr|rupees)\\b)");
    private static final Pattern DURATION = Pattern.compile("(?i)(?:\\b\\d[\\d,.]*\\s*(?:s|secs?|seconds?|m|mins?"
            + "|minutes?|h|hrs?|hours?|days?|weeks?)\\b|\\b\\d{1,2}:\\d{2}\\s*(?:utc|gmt|[a-z]{3,4})?\\s*(?:-|–|—|to|until)"
            + "\\s*\\d{1,2}:\\d{2}\\b)");

    private ImpactText() {
    }

    static boolean countsAffected(String text) {
        return AFFECTED.matcher(text).find() || MONEY.matcher(text).find();
    }

    static boolean statesDuration(String text) {
        return DURATION.matcher(text).find();
    }
}
