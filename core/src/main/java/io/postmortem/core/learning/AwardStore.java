package io.postmortem.core.learning;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Nominations, votes and winners of the postmortem of the month. */
public interface AwardStore {

    /** Stores a nomination; empty when the postmortem is already nominated for that month. */
    Optional<Nomination> nominate(String postmortemKey, YearMonth month, String nominator, String reason, Instant at);

    Optional<Nomination> nomination(long id);

    /** The month's nominations, most votes first. */
    List<Nomination> nominations(YearMonth month);

    /**
     * Records a vote; false when the voter already voted in that month (for any nomination). Implementations make
     * this hold under concurrent votes, e.g. with a unique (voter, month) key.
     */
    boolean vote(long nominationId, YearMonth month, String voter, Instant at);

    /** Sets (or replaces) the month's winner. */
    void confirmWinner(Winner winner);

    Optional<Winner> winner(YearMonth month);

    /** The winners of the months up to and including {@code month}, latest first. */
    List<Winner> winnersUpTo(YearMonth month, int limit);
}
