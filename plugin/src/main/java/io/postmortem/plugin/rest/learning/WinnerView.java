package io.postmortem.plugin.rest.learning;

import io.postmortem.core.learning.LibraryEntry;
import io.postmortem.core.learning.Winner;

import java.time.Instant;
import java.util.Optional;

/** The postmortem of a month, with the title and summary the library shows. */
public record WinnerView(String month, String postmortemKey, String title, String summary, String confirmedBy,
                         Instant confirmedAt, String path) {

    public static WinnerView of(Winner winner, Optional<LibraryEntry> entry) {
        return new WinnerView(winner.month().toString(), winner.postmortemKey(),
                entry.map(LibraryEntry::title).orElse(winner.postmortemKey()),
                entry.map(LibraryEntry::summary).orElse(""), winner.confirmedBy(), winner.confirmedAt(),
                "/browse/" + winner.postmortemKey());
    }
}
