package io.postmortem.core.reads;

import java.time.Instant;
import java.util.List;

/**
 * Who of one impacted team has read a postmortem.
 *
 * @param members how many people the team's group has now
 * @param notYet the members who have not marked it read
 */
public record TeamReads(String team, String teamName, int members, List<Reader> readers, List<String> notYet) {

    public TeamReads {
        readers = List.copyOf(readers);
        notYet = List.copyOf(notYet);
    }

    public record Reader(String username, String displayName, Instant readAt) {
    }
}
