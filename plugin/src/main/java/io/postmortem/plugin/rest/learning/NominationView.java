package io.postmortem.plugin.rest.learning;

import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.learning.Nomination;

import java.time.Instant;
import java.util.Optional;

/** A nomination for postmortem of the month, with its votes. */
public record NominationView(long id, String month, String postmortemKey, String title, String nominator,
                             String reason, Instant nominatedAt, int votes, String path) {

    public static NominationView of(Nomination n, Optional<LibraryEntry> entry) {
        return new NominationView(n.id(), n.month().toString(), n.postmortemKey(),
                entry.map(LibraryEntry::title).orElse(n.postmortemKey()), n.nominator(), n.reason(), n.nominatedAt(),
                n.votes(), "/browse/" + n.postmortemKey());
    }
}
