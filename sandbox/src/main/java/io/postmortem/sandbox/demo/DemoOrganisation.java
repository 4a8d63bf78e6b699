package io.postmortem.sandbox.demo;

import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.people.Person;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The demo organisation: 12 platforms of 5 teams, each team with its own project and group, a Lead per
 * platform, an engineer per team, MIM, SRE, an administrator and an outsider. Always the same: names come from
 * fixed lists and a seeded random.
 */
public final class DemoOrganisation {
    public static final String INCIDENT_PROJECT = "INC";
    public static final String POSTMORTEM_PROJECT = "PM";
    public static final String USERS_GROUP = "jira-software-users";
    public static final String ADMINISTRATORS_GROUP = "jira-administrators";
    public static final String MIM_GROUP = Directory.empty().mimGroup();
    public static final String SRE_GROUP = Directory.empty().sreGroup();
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** Platform name, where its people work, then five teams as "Team name:PROJECTKEY". */
    private static final Object[][] PLATFORMS = {
            {"Payments", LONDON, "Card Processing:CARD", "Billing:BILL", "Payouts:PAYO", "Fraud Detection:FRAUD", "Ledger:LEDG"},
            {"Identity", LONDON, "Authentication:AUTH", "Authorisation:AUTHZ", "Accounts:ACCT", "Single Sign-On:SSO", "Directory Sync:DSYNC"},
            {"Commerce", LONDON, "Checkout:CHK", "Basket:BSKT", "Pricing:PRICE", "Promotions:PROMO", "Order Management:ORD"},
            {"Search and Discovery", KOLKATA, "Search Relevance:SRCH", "Indexing:IDX", "Recommendations:RECO", "Catalogue:CAT", "Autocomplete:AUTO"},
            {"Messaging", LONDON, "Email Delivery:MAIL", "Push Notifications:PUSH", "SMS Gateway:SMS", "In-App Inbox:INBOX", "Webhooks:HOOK"},
            {"Data", KOLKATA, "Data Pipelines:PIPE", "Warehouse:WH", "Streaming:STRM", "Analytics:ANLY", "Data Quality:DQ"},
            {"Mobile", NEW_YORK, "iOS App:IOS", "Android App:DROID", "Mobile API:MAPI", "Mobile Releases:MREL", "Offline Sync:OSYNC"},
            {"Web", NEW_YORK, "Storefront:STORE", "Design System:DS", "Web Performance:WPERF", "Content Management:CMS", "Accessibility:ACCS"},
            {"Infrastructure", LONDON, "Compute:COMP", "Networking:NET", "Storage:STOR", "Databases:DB", "Edge and CDN:EDGE"},
            {"Observability", LONDON, "Logging:LOG", "Metrics:METR", "Tracing:TRACE", "Alerting:ALRT", "Incident Tooling:ITOOL"},
            {"Developer Experience", LONDON, "Build Systems:BUILD", "Continuous Delivery:CD", "Developer Portal:PORT", "Code Review:CR", "Test Infrastructure:TEST"},
            {"Logistics", NEW_YORK, "Fulfilment:FUL", "Shipping:SHIP", "Inventory:INV", "Returns:RET", "Warehouse Robotics:ROBO"},
    };

    private static final String[] FIRST_NAMES = {"Amara", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro",
            "Isla", "Jonas", "Kavya", "Liam", "Maya", "Nikhil", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tara",
            "Uma", "Victor", "Wen", "Yusuf", "Zoe", "Arjun", "Bianca", "Carlos", "Daniela", "Ethan", "Fatima", "Gabriel",
            "Hannah", "Ibrahim", "Julia", "Kenji", "Lucia", "Marcus", "Nadia", "Oscar", "Priya", "Rahul", "Sofia",
            "Tomas", "Vera", "William", "Xin", "Yasmin"};
    private static final String[] LAST_NAMES = {"Okafor", "Hughes", "Martin", "Patel", "Rossi", "Haddad", "Kim",
            "Tanaka", "Murray", "Berg", "Iyer", "O'Brien", "Cohen", "Sharma", "Walsh", "Silva", "Nguyen", "Garcia",
            "Khan", "Singh", "Fischer", "Novak", "Zhang", "Demir", "Evans", "Reddy", "Costa", "Moreno", "Lopez", "Wright",
            "Ali", "Dubois", "Schmidt", "Mensah", "Kowalski", "Sato", "Ramos", "Lindqvist", "Farouk", "Andersen"};

    private final Directory directory;
    private final List<DemoUser> users;

    /** A user and what Jira knows about them beyond {@link Person}. */
    public record DemoUser(Person person, boolean administrator, List<String> groups) {
        public String username() {
            return person.username();
        }
    }

    private DemoOrganisation(Directory directory, List<DemoUser> users) {
        this.directory = directory;
        this.users = List.copyOf(users);
    }

    public static DemoOrganisation create() {
        Random random = new Random(20240611L);
        Set<String> usedNames = new LinkedHashSet<>();
        List<Platform> platforms = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        List<DemoUser> users = new ArrayList<>();
        users.add(user("admin", "Alex Administrator", LONDON, true, List.of(ADMINISTRATORS_GROUP, USERS_GROUP)));
        users.add(user("mim", name(random, usedNames) + " (MIM)", LONDON, false, List.of(MIM_GROUP, USERS_GROUP)));
        users.add(user("sre", name(random, usedNames) + " (SRE)", LONDON, false, List.of(SRE_GROUP, USERS_GROUP)));
        for (Object[] row : PLATFORMS) {
            String platformName = (String) row[0];
            ZoneId zone = (ZoneId) row[1];
            String platformSlug = slug(platformName);
            String lead = "lead-" + platformSlug;
            platforms.add(new Platform(platformSlug, platformName, lead));
            users.add(user(lead, name(random, usedNames), zone, false, List.of(USERS_GROUP)));
            for (int i = 2; i < row.length; i++) {
                String[] team = ((String) row[i]).split(":");
                String teamSlug = slug(team[0]);
                String group = "team-" + teamSlug;
                teams.add(new Team(teamSlug, team[0], platformSlug, team[1], null, group));
                // Engineers of every other team in a far-away platform keep London hours: mixed zones, as in life.
                ZoneId engineerZone = zone.equals(LONDON) || i % 2 == 0 ? zone : LONDON;
                users.add(user("dev-" + teamSlug, name(random, usedNames), engineerZone, false, List.of(group, USERS_GROUP)));
            }
        }
        users.add(user("outsider", "Oona Outsider", LONDON, false, List.of()));
        Directory empty = Directory.empty();
        return new DemoOrganisation(new Directory(platforms, teams, empty.mimGroup(), empty.sreGroup()), users);
    }

    public Directory directory() {
        return directory;
    }

    public List<DemoUser> users() {
        return users;
    }

    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static DemoUser user(String username, String displayName, ZoneId zone, boolean administrator,
                                 List<String> groups) {
        return new DemoUser(new Person(username, displayName, username + "@postmortem.example", zone), administrator,
                groups);
    }

    private static String name(Random random, Set<String> used) {
        while (true) {
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            if (used.add(name)) {
                return name;
            }
        }
    }
}
