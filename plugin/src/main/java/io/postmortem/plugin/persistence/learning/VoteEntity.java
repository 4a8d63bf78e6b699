package io.postmortem.plugin.persistence.learning;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_441554_LEARN_VOTE}: one vote. The unique {@code <voter>|<month>} is what holds "one vote per
 * person per month" when the same person votes twice at once, on any node.
 */
@Table("LEARN_VOTE")
public interface VoteEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getVoteKey();

    void setVoteKey(String key);

    @NotNull
    @Indexed
    long getNominationId();

    void setNominationId(long id);

    @NotNull
    @StringLength(255)
    String getVoter();

    void setVoter(String username);

    @NotNull
    long getVotedAt();

    void setVotedAt(long epochMillis);
}
