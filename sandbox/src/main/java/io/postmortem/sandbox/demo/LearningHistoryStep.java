package io.postmortem.sandbox.demo;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.learning.LearningIndexer;
import io.postmortem.plugin.persistence.learning.AoAwardStore;
import io.postmortem.plugin.persistence.postmortem.AoPostmortemRepository;
import org.springframework.context.ApplicationContext;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.learning.Nomination;
import io.postmortem.core.learning.Winner;
import io.postmortem.core.postmortem.Postmortem;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The learning library: every published postmortem indexed, and a postmortem of the month for each of the last
 * six months, nominated by Platform Leads, voted on by engineers and confirmed by MIM, written straight into the
 * award store (the announcement mail is not sent again).
 */
public final class LearningHistoryStep implements DemoSeedStep {
    static final int MONTHS_WITH_WINNERS = 6;

    private static final List<String> REASONS = List.of(
            "A clear timeline and actions that go after the conditions, not the symptoms.",
            "Honest about what went wrong in the response, and the fixes are already paying off.",
            "Three teams wrote it together; a model of how impacted teams should contribute.",
            "The contributing factors section taught my team something about our own services.");

    @Override
    public String name() {
        return "learning library";
    }

    @Override
    public void seed(DemoContext context) {
        context.inOneTransaction(() -> write(context));
    }

    private void write(DemoContext context) {
        Random random = context.random(name());
        ApplicationContext beans = context.context();
        beans.getBean(LearningIndexer.class).reindexAll();
        BusinessCalendar calendar = beans.getBean(ConfigurationStore.class).load().policies().calendar();
        List<Postmortem> published = beans.getBean(AoPostmortemRepository.class).all().stream().filter(Postmortem::isPublished).toList();
        List<String> voters = context.organisation().users().stream().map(DemoOrganisation.DemoUser::username)
                .filter(u -> u.startsWith("dev-")).toList();
        YearMonth current = YearMonth.from(context.end().atZone(calendar.zone()));
        for (int back = MONTHS_WITH_WINNERS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            List<Postmortem> candidates = new ArrayList<>(published.stream()
                    .filter(p -> YearMonth.from(p.publishedAt().atZone(calendar.zone())).equals(month))
                    .sorted(Comparator.comparing(Postmortem::severity).thenComparing(Postmortem::key)).toList());
            if (candidates.isEmpty()) {
                continue;
            }
            Instant nominatedAt = month.atDay(Math.min(20, month.lengthOfMonth())).atTime(LocalTime.of(11, 0))
                    .atZone(calendar.zone()).toInstant();
            List<Nomination> nominations = new ArrayList<>();
            for (Postmortem candidate : candidates.subList(0, Math.min(3, candidates.size()))) {
                String nominator = context.organisation().directory().platform(candidate.platform())
                        .map(p -> p.lead()).orElse("sre");
                beans.getBean(AoAwardStore.class).nominate(candidate.key(), month, nominator, DemoStories.pick(REASONS, random),
                        nominatedAt).ifPresent(nominations::add);
            }
            int[] votes = new int[nominations.size()];
            for (String voter : voters) {
                if (random.nextInt(4) == 0) {
                    int choice = random.nextInt(nominations.size());
                    if (beans.getBean(AoAwardStore.class).vote(nominations.get(choice).id(), month, voter, nominatedAt.plusSeconds(3600))) {
                        votes[choice]++;
                    }
                }
            }
            int best = 0;
            for (int i = 1; i < votes.length; i++) {
                if (votes[i] > votes[best]) {
                    best = i;
                }
            }
            Instant confirmedAt = month.plusMonths(1).atDay(2).atTime(LocalTime.of(10, 0)).atZone(calendar.zone()).toInstant();
            if (confirmedAt.isAfter(context.end())) {
                confirmedAt = context.end();
            }
            beans.getBean(AoAwardStore.class).confirmWinner(new Winner(month, nominations.get(best).postmortemKey(), "mim", confirmedAt));
        }
    }
}
