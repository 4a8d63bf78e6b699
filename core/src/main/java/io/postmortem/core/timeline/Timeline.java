package io.postmortem.core.timeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One incident's entries from every team, merged into one order: by time, and entries with the same time in the
 * order they were created (by id), so the order never changes between two views.
 *
 * <p>Teams often record the same moment independently. Entries of the same kind from different teams at most
 * {@link #DUPLICATE_WINDOW} apart are flagged as possible duplicates, for people to merge; nothing is removed.
 */
public final class Timeline {

    /** How close in time two same-kind entries of different teams must be to look like one event. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(5);

    static final Comparator<TimelineEntry> ORDER =
            Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::id);

    /**
     * An entry in its place on the timeline.
     *
     * @param possibleDuplicateOf ids of the other teams' entries this one may duplicate, in timeline order
     */
    public record Item(TimelineEntry entry, List<Long> possibleDuplicateOf) {

        public Item {
            possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
        }

        public boolean possibleDuplicate() {
            return !possibleDuplicateOf.isEmpty();
        }
    }

    private final List<Item> items;

    private Timeline(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** Orders the entries and flags possible duplicates; deleted entries are left out. */
    public static Timeline of(List<TimelineEntry> entries) {
        List<TimelineEntry> ordered = entries.stream().filter(e -> !e.deleted()).sorted(ORDER).toList();
        List<TreeSet<Integer>> duplicates = new ArrayList<>();
        ordered.forEach(e -> duplicates.add(new TreeSet<>()));
        for (int i = 0; i < ordered.size(); i++) {
            TimelineEntry first = ordered.get(i);
            // Ordered by time, so only the entries up to the window's end can match.
            for (int j = i + 1; j < ordered.size(); j++) {
                TimelineEntry second = ordered.get(j);
                if (Duration.between(first.at(), second.at()).compareTo(DUPLICATE_WINDOW) > 0) {
                    break;
                }
                if (first.kind() == second.kind() && !first.team().equals(second.team())) {
                    duplicates.get(i).add(j);
                    duplicates.get(j).add(i);
                }
            }
        }
        List<Item> items = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            items.add(new Item(ordered.get(i), duplicates.get(i).stream().map(k -> ordered.get(k).id()).toList()));
        }
        return new Timeline(items);
    }

    public List<Item> items() {
        return items;
    }

    public List<TimelineEntry> entries() {
        return items.stream().map(Item::entry).toList();
    }

    public Optional<Item> item(long entryId) {
        return items.stream().filter(i -> i.entry().id() == entryId).findFirst();
    }

    /** The earliest entry of this kind (the first in timeline order). */
    public Optional<TimelineEntry> earliest(EntryKind kind) {
        return items.stream().map(Item::entry).filter(e -> e.kind() == kind).findFirst();
    }

    public int size() {
        return items.size();
    }
}
