package io.postmortem.core.accountability;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.Configuration;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.directory.Platform;
import io.postmortem.core.directory.Team;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.NotFoundException;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accountability dashboards: per platform and per team, how many actions are open, overdue and closed, how old
 * they get, and whether postmortems are held and published on time. Counts only tickets in projects the viewer can
 * browse (the set is computed once per request and given to every query). Figures "as of" an earlier day are
 * computed from created, closed and due dates, so a reopened action or a changed due date is seen as it is now.
 */
public final class AccountabilityService {
    /** Actions due within this many days (today included) are "due soon". */
    public static final int DUE_SOON_DAYS = 7;
    public static final int CLOSED_RECENTLY_DAYS = 30;
    public static final int CLOSING_WINDOW_DAYS = 90;
    public static final int CHANGE_DAYS = 30;
    public static final int OLDEST_OVERDUE = 10;

    private final ActionStatistics actions;
    private final PostmortemStatistics postmortems;
    private final ConfigurationStore configurationStore;
    private final Permissions permissions;
    private final Clock clock;

    public AccountabilityService(ActionStatistics actions, PostmortemStatistics postmortems,
                                 ConfigurationStore configurationStore, Permissions permissions, Clock clock) {
        this.actions = actions;
        this.postmortems = postmortems;
        this.configurationStore = configurationStore;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Every platform side by side with its change over 30 days; MIM, SRE and administrators only. */
    public List<LeagueRow> league(Actor actor) {
        Request request = request(actor);
        if (!actor.oversees(request.directory())) {
            throw new ForbiddenException("Only Major Incident Management, SRE and administrators see every platform.");
        }
        List<PostmortemFact> facts = postmortems.facts(request.projects());
        LocalDate before = request.today().minusDays(CHANGE_DAYS);
        List<Map<Group, Tally>> snapshots = snapshots(request, null, facts, request.today(), before);
        Map<String, Figures> now = perPlatform(request, snapshots.get(0));
        Map<String, Figures> then = perPlatform(request, snapshots.get(1));
        List<LeagueRow> rows = new ArrayList<>();
        for (Platform platform : request.directory().platforms()) {
            Figures figures = now.get(platform.slug());
            rows.add(new LeagueRow(platform, figures, figures.changeSince(then.get(platform.slug())), Set.of()));
        }
        return Worst.mark(rows);
    }

    /** One platform: its figures, a row per team and its oldest overdue actions. */
    public PlatformReport platform(Actor actor, String slug) {
        Request request = request(actor);
        Platform platform = visiblePlatform(request, actor, slug);
        List<PostmortemFact> facts = postmortems.facts(request.projects());
        List<Map<Group, Tally>> snapshots = snapshots(request, slug, facts, request.today(),
                request.today().minusDays(CHANGE_DAYS));
        Map<Group, Tally> now = snapshots.get(0);
        Map<Group, Tally> then = snapshots.get(1);
        Figures figures = sum(now, g -> slug.equals(g.platform())).figures();
        Figures before = sum(then, g -> slug.equals(g.platform())).figures();
        List<TeamRow> teams = new ArrayList<>();
        for (Team team : request.directory().teamsOf(slug)) {
            Figures teamNow = sum(now, g -> team.slug().equals(g.team())).figures();
            Figures teamThen = sum(then, g -> team.slug().equals(g.team())).figures();
            teams.add(new TeamRow(team, teamNow, teamNow.changeSince(teamThen)));
        }
        LocalDate today = request.today();
        List<ActionStatistics.ActionLine> oldest = actions.earliestDue(
                ActionFigure.OVERDUE.on(ActionSlice.in(request.projects()).platform(slug), today), OLDEST_OVERDUE);
        return new PlatformReport(platform, figures, figures.changeSince(before), teams, oldest, today);
    }

    /** Per month, oldest first: actions open at the month's end, actions closed in it, postmortems overdue at its end. */
    public List<TrendPoint> trend(Actor actor, String slug, int months) {
        if (months < 1 || months > 36) {
            throw new ValidationException("months", "Choose between 1 and 36 months.");
        }
        Request request = request(actor);
        visiblePlatform(request, actor, slug);
        List<PostmortemFact> facts = postmortems.facts(request.projects());
        LocalDate today = request.today();
        YearMonth current = YearMonth.from(today);
        long[] starts = new long[months];
        long[] ends = new long[months];
        for (int i = 0; i < months; i++) {
            YearMonth month = current.minusMonths(months - 1 - i);
            starts[i] = month.atDay(1).toEpochDay();
            ends[i] = (i == months - 1 ? today : month.atEndOfMonth()).toEpochDay();
        }
        long[] open = new long[months];
        long[] closed = new long[months];
        // Every action open at a month's end or closed within the months is open now or closed since the first.
        actions.eachActive(request.projects(), slug, LocalDate.ofEpochDay(starts[0] - 1), action -> {
            for (int i = 0; i < months; i++) {
                open[i] += action.openOn(ends[i]) ? 1 : 0;
                closed[i] += action.closedBetween(starts[i], ends[i]) ? 1 : 0;
            }
        });
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            LocalDate end = LocalDate.ofEpochDay(ends[i]);
            long overdue = facts.stream()
                    .filter(f -> slug.equals(f.platform()) && PostmortemFigure.OVERDUE.matches(f, end, request.zone()))
                    .count();
            points.add(new TrendPoint(YearMonth.from(end), open[i], closed[i], overdue));
        }
        return points;
    }

    /**
     * The figures of the platforms and teams of every platform (or of one) on each of {@code days}, keyed by
     * (platform, team). The actions are read once: every action open now or closed within the closing window of the
     * earliest day, each judged on every day by the meaning {@link ActionFigure}'s slices give the JQL functions.
     */
    private List<Map<Group, Tally>> snapshots(Request request, String platform, List<PostmortemFact> facts,
                                              LocalDate... days) {
        long[] epochDays = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            epochDays[i] = days[i].toEpochDay();
        }
        long earliest = java.util.Arrays.stream(epochDays).min().orElseThrow();
        GroupTallies tallies = new GroupTallies(days.length);
        actions.eachActive(request.projects(), platform, LocalDate.ofEpochDay(earliest - CLOSING_WINDOW_DAYS), action -> {
            Tally[] byDay = null;
            for (int i = 0; i < epochDays.length; i++) {
                long day = epochDays[i];
                boolean open = action.openOn(day);
                boolean closing = action.closedWithin(day, CLOSING_WINDOW_DAYS);
                if (!open && !closing) {
                    continue;
                }
                if (byDay == null) {
                    byDay = tallies.of(action.platform(), action.team());
                }
                Tally tally = byDay[i];
                if (open) {
                    tally.openAges.add(day - action.created());
                    if (action.due() < day) {
                        tally.overdue++;
                    } else if (action.due() <= day + DUE_SOON_DAYS) {
                        tally.dueSoon++;
                    }
                }
                if (closing) {
                    tally.closeDurations.add(action.daysToClose());
                    tally.closedOnTime += action.closedByDueDate() ? 1 : 0;
                    tally.closedLast30 += action.closedWithin(day, CLOSED_RECENTLY_DAYS) ? 1 : 0;
                }
            }
        });
        List<Map<Group, Tally>> snapshots = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            Map<Group, Tally> snapshot = new HashMap<>();
            int day = i;
            tallies.all.forEach((group, byDay) -> snapshot.put(group, byDay[day]));
            addPostmortems(snapshot, platform, days[i], facts, request.zone());
            snapshots.add(snapshot);
        }
        return snapshots;
    }

    private static void addPostmortems(Map<Group, Tally> tallies, String platform, LocalDate day,
                                       List<PostmortemFact> facts, ZoneId zone) {
        for (PostmortemFact fact : facts) {
            if (platform != null && !platform.equals(fact.platform())) {
                continue;
            }
            Tally t = tallies.computeIfAbsent(Group.of(fact.platform(), fact.team()), g -> new Tally());
            t.overduePostmortems += PostmortemFigure.OVERDUE.matches(fact, day, zone) ? 1 : 0;
            t.majorPostmortems += PostmortemFigure.MAJOR.matches(fact, day, zone) ? 1 : 0;
            t.publishedPostmortems += PostmortemFigure.PUBLISHED.matches(fact, day, zone) ? 1 : 0;
            t.postmortemsDue += PostmortemFigure.DUE.matches(fact, day, zone) ? 1 : 0;
            t.postmortemsHeldOnTime += PostmortemFigure.HELD_ON_TIME.matches(fact, day, zone) ? 1 : 0;
        }
    }

    private static Map<String, Figures> perPlatform(Request request, Map<Group, Tally> tallies) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (Platform platform : request.directory().platforms()) {
            figures.put(platform.slug(), sum(tallies, g -> platform.slug().equals(g.platform())).figures());
        }
        return figures;
    }

    private static Tally sum(Map<Group, Tally> tallies, java.util.function.Predicate<Group> which) {
        Tally sum = new Tally();
        tallies.forEach((group, tally) -> {
            if (which.test(group)) {
                sum.add(tally);
            }
        });
        return sum;
    }

    /**
     * A Lead sees their own platform and any platform with a project they can browse; MIM, SRE and administrators
     * see every platform.
     */
    Platform visiblePlatform(Request request, Actor actor, String slug) {
        Directory directory = request.directory();
        Platform platform = directory.platform(slug)
                .orElseThrow(() -> new NotFoundException("No platform " + slug + "."));
        boolean visible = actor.oversees(directory) || actor.leads(directory, slug)
                || directory.teamsOf(slug).stream().anyMatch(t -> request.projects().contains(t.projectKey()));
        if (!visible) {
            throw new ForbiddenException("You cannot see the platform " + slug + ".");
        }
        return platform;
    }

    /** Builds the per-request context: configuration, today and the viewer's browsable projects (asked once each). */
    Request request(Actor actor) {
        Configuration configuration = configurationStore.load();
        ZoneId zone = configuration.policies().calendar().zone();
        Set<String> candidates = new LinkedHashSet<>();
        configuration.directory().teams().forEach(t -> candidates.add(t.projectKey()));
        if (configuration.incidentMapping().postmortemProject() != null) {
            candidates.add(configuration.incidentMapping().postmortemProject());
        }
        Set<String> browsable = new LinkedHashSet<>();
        for (String project : candidates) {
            if (project != null && permissions.canBrowseProject(actor.username(), project)) {
                browsable.add(project);
            }
        }
        return new Request(configuration.directory(), zone, LocalDate.now(clock.withZone(zone)), browsable);
    }

    /**
     * A tally per day for each (platform, team). A store hands over one group's actions one after another (with the
     * same name strings), so the last group is remembered rather than looked up again for every action.
     */
    private static final class GroupTallies {
        final Map<Group, Tally[]> all = new HashMap<>();
        private final int days;
        private String lastPlatform;
        private String lastTeam;
        private Tally[] last;

        GroupTallies(int days) {
            this.days = days;
        }

        Tally[] of(String platform, String team) {
            if (last == null || platform != lastPlatform || team != lastTeam) {
                last = all.computeIfAbsent(Group.of(platform, team), g -> {
                    Tally[] byDay = new Tally[days];
                    java.util.Arrays.setAll(byDay, i -> new Tally());
                    return byDay;
                });
                lastPlatform = platform;
                lastTeam = team;
            }
            return last;
        }
    }

    record Request(Directory directory, ZoneId zone, LocalDate today, Set<String> projects) {
    }

    record Group(String platform, String team) {
        static Group of(String platform, String team) {
            return new Group(platform, team);
        }
    }
}
