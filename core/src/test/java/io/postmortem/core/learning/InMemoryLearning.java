package io.postmortem.core.learning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The learning ports kept in memory, with the same rules the database enforces. */
public final class InMemoryLearning implements LearningIndex, LearningMarksStore, AwardStore, ActionSummaries,
        TimelineHighlights {
    private final Map<String, LibraryEntry> entries = new LinkedHashMap<>();
    private final Map<String, LearningMarks> marks = new HashMap<>();
    private final Map<Long, Nomination> nominations = new LinkedHashMap<>();
    private final Set<String> votes = new HashSet<>();
    private final Map<YearMonth, Winner> winners = new HashMap<>();
    final Map<String, List<ActionSummary>> actions = new HashMap<>();
    final Map<String, List<Highlight>> highlights = new HashMap<>();
    private long nextId = 1;

    @Override
    public void put(LibraryEntry entry) {
        entries.put(entry.postmortemKey(), entry);
    }

    @Override
    public Optional<LibraryEntry> find(String postmortemKey) {
        return Optional.ofNullable(entries.get(postmortemKey));
    }

    @Override
    public List<LibraryEntry> matching(LibraryQuery query) {
        return entries.values().stream().filter(query::matches).toList();
    }

    @Override
    public List<LibraryEntry> all() {
        return List.copyOf(entries.values());
    }

    @Override
    public LearningMarks marks(String postmortemKey) {
        return marks.getOrDefault(postmortemKey, LearningMarks.none(postmortemKey));
    }

    @Override
    public void save(LearningMarks newMarks) {
        marks.put(newMarks.postmortemKey(), newMarks);
    }

    @Override
    public synchronized Optional<Nomination> nominate(String postmortemKey, YearMonth month, String nominator, String reason, Instant at) {
        if (nominations.values().stream().anyMatch(n -> n.month().equals(month) && n.postmortemKey().equals(postmortemKey))) {
            return Optional.empty();
        }
        Nomination nomination = new Nomination(nextId++, postmortemKey, month, nominator, reason, at, 0);
        nominations.put(nomination.id(), nomination);
        return Optional.of(nomination);
    }

    @Override
    public synchronized Optional<Nomination> nomination(long id) {
        return Optional.ofNullable(nominations.get(id));
    }

    @Override
    public synchronized List<Nomination> nominations(YearMonth month) {
        return nominations.values().stream().filter(n -> n.month().equals(month))
                .sorted(Comparator.comparingInt(Nomination::votes).reversed()).toList();
    }

    @Override
    public synchronized boolean vote(long nominationId, YearMonth month, String voter, Instant at) {
        if (!votes.add(voter + "|" + month)) {
            return false;
        }
        Nomination n = nominations.get(nominationId);
        nominations.put(nominationId, new Nomination(n.id(), n.postmortemKey(), n.month(), n.nominator(), n.reason(),
                n.nominatedAt(), n.votes() + 1));
        return true;
    }

    @Override
    public void confirmWinner(Winner winner) {
        winners.put(winner.month(), winner);
    }

    @Override
    public Optional<Winner> winner(YearMonth month) {
        return Optional.ofNullable(winners.get(month));
    }

    @Override
    public List<Winner> winnersUpTo(YearMonth month, int limit) {
        return winners.values().stream().filter(w -> !w.month().isAfter(month))
                .sorted(Comparator.comparing(Winner::month).reversed()).limit(limit).toList();
    }

    @Override
    public List<ActionSummary> actionsOf(String postmortemKey) {
        return actions.getOrDefault(postmortemKey, List.of());
    }

    @Override
    public List<Highlight> highlightsOf(String incidentKey) {
        return highlights.getOrDefault(incidentKey, new ArrayList<>());
    }
}
