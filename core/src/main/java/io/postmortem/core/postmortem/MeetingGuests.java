package io.postmortem.core.postmortem;

import java.time.Instant;
import java.util.List;

/**
 * People who joined a postmortem meeting without being on an impacted team: they get the invitation and every later
 * change of time or place. At most one row per (postmortem, person), enforced by the store with a unique key.
 */
public interface MeetingGuests {

    /** Adds the guest; false when they were already a guest. */
    boolean add(String postmortemKey, String username, Instant joinedAt);

    /** The guests of a postmortem's meeting, in the order they joined. */
    List<String> of(String postmortemKey);
}
