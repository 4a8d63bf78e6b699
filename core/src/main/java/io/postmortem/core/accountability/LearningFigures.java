package io.postmortem.core.accountability;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.directory.Team;
import io.postmortem.core.incident.Incident;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.people.People;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.quality.QualityScores;
import io.postmortem.core.reads.ReadReceipt;
import io.postmortem.core.reads.ReadReceiptRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learning figures of a platform's dashboard: median checklist score, share meeting the bar, share of impacted
 * engineers who read within 14 days. Counts postmortems in the viewer's browsable projects, as the other figures.
 */
public final class LearningFigures {
    private final AccountabilityService accountability;
    private final PostmortemStatistics statistics;
    private final QualityScores scores;
    private final ReadReceiptRepository receipts;
    private final PostmortemRepository postmortems;
    private final IncidentTickets incidents;
    private final People people;
    private final ConfigurationStore configurationStore;

    public LearningFigures(AccountabilityService accountability, PostmortemStatistics statistics, QualityScores scores,
                           ReadReceiptRepository receipts, PostmortemRepository postmortems, IncidentTickets incidents,
                           People people, ConfigurationStore configurationStore) {
        this.accountability = accountability;
        this.statistics = statistics;
        this.scores = scores;
        this.receipts = receipts;
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.people = people;
        this.configurationStore = configurationStore;
    }

    public LearningReport platform(Actor actor, String slug) {
        AccountabilityService.Request request = accountability.request(actor);
        accountability.visiblePlatform(request, actor, slug);
        Map<String, QualityScores.Recorded> recorded = scores.all();
        List<PostmortemFact> facts = statistics.facts(request.projects()).stream()
                .filter(f -> slug.equals(f.platform())).toList();
        List<Integer> scored = new ArrayList<>();
        long meetingBar = 0;
        List<PostmortemFact> measured = new ArrayList<>();
        for (PostmortemFact fact : facts) {
            if (LearningFigure.SCORED.matches(fact, recorded, request.today(), request.zone())) {
                scored.add(recorded.get(fact.key()).score());
                meetingBar += recorded.get(fact.key()).meetsBar() ? 1 : 0;
            }
            if (LearningFigure.READ_MEASURED.matches(fact, recorded, request.today(), request.zone())) {
                measured.add(fact);
            }
        }
        long[] reads = reads(measured, request);
        Map<String, String> jql = new LinkedHashMap<>();
        jql.put("medianQualityScore", query(slug, LearningFigure.SCORED));
        jql.put("qualityBarShare", query(slug, LearningFigure.MEETING_BAR));
        jql.put("readWithin14DaysShare", query(slug, LearningFigure.READ_MEASURED));
        return new LearningReport(slug, median(scored), scored.size(),
                scored.isEmpty() ? null : meetingBar / (double) scored.size(), meetingBar,
                configurationStore.load().quality().bar(),
                reads[0] == 0 ? null : reads[1] / (double) reads[0], reads[0], reads[1], jql);
    }

    /** The postmortem keys of one learning figure, for {@code postmortemsOf}; null name means every platform. */
    List<String> keys(AccountabilityService.Request request, String platform, String team, LearningFigure figure) {
        Map<String, QualityScores.Recorded> recorded = figure == LearningFigure.READ_MEASURED ? Map.of() : scores.all();
        return statistics.facts(request.projects()).stream()
                .filter(f -> platform == null || platform.equals(f.platform()))
                .filter(f -> team == null || team.equals(f.team()))
                .filter(f -> figure.matches(f, recorded, request.today(), request.zone()))
                .map(PostmortemFact::key)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** {engineers of the impacted teams, of them who read within 14 days}, summed over the postmortems. */
    private long[] reads(List<PostmortemFact> measured, AccountabilityService.Request request) {
        if (measured.isEmpty()) {
            return new long[2];
        }
        Map<String, List<String>> membersByTeam = new HashMap<>();
        Map<String, List<ReadReceipt>> byPostmortem = new HashMap<>();
        for (ReadReceipt receipt : receipts.ofAll(measured.stream().map(PostmortemFact::key).toList())) {
            byPostmortem.computeIfAbsent(receipt.postmortemKey(), k -> new ArrayList<>()).add(receipt);
        }
        long engineers = 0;
        long readInTime = 0;
        for (PostmortemFact fact : measured) {
            List<String> teams = postmortems.findByKey(fact.key())
                    .flatMap(p -> incidents.find(p.incidentKey())).map(Incident::allTeams).orElse(List.of());
            Set<String> owed = new LinkedHashSet<>();
            for (String slug : teams) {
                request.directory().team(slug).map(Team::group).ifPresent(group ->
                        owed.addAll(membersByTeam.computeIfAbsent(group, people::membersOf)));
            }
            Set<String> readers = new HashSet<>();
            for (ReadReceipt receipt : byPostmortem.getOrDefault(fact.key(), List.of())) {
                if (!receipt.readAt().isAfter(fact.publishedAt().plus(Duration.ofDays(LearningFigure.READ_DAYS)))) {
                    readers.add(receipt.username());
                }
            }
            engineers += owed.size();
            readInTime += owed.stream().filter(readers::contains).count();
        }
        return new long[] {engineers, readInTime};
    }

    private static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String query(String slug, LearningFigure figure) {
        return "issue in postmortemsOf(" + JqlLinks.quote(slug) + ", " + JqlLinks.quote(figure.argument()) + ")";
    }
}
