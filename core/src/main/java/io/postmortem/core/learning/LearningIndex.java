package io.postmortem.core.learning;

import java.util.List;
import java.util.Optional;

/** The library's index of published postmortems, one entry per postmortem, replaced whole on every change. */
public interface LearningIndex {

    void put(LibraryEntry entry);

    Optional<LibraryEntry> find(String postmortemKey);

    /**
     * Entries that satisfy {@link LibraryQuery#matches}, in no particular order and not limited: ranking, viewer
     * permissions and the limit are applied by {@link Library}.
     */
    List<LibraryEntry> matching(LibraryQuery query);

    /** Every entry; "have we seen this before" compares an incident with all of them. */
    List<LibraryEntry> all();
}
