package io.postmortem.core.postmortem;

import java.util.List;
import java.util.Optional;

/**
 * Where postmortems are kept. At most one postmortem per incident: the store enforces it with unique keys, over the
 * incident a postmortem was created for and the further incidents linked to it.
 */
public interface PostmortemRepository {

    /** The postmortem covering the incident: created for it, or linked to it later. */
    Optional<Postmortem> findByIncident(String incidentKey);

    Optional<Postmortem> findByKey(String postmortemKey);

    /** Stores a new postmortem; {@link DuplicatePostmortemException} if the incident already has one. */
    Postmortem insert(Postmortem postmortem);

    /**
     * Saves changes when {@code postmortem.version()} is still the stored version, returning the saved postmortem with
     * the next version; {@link io.postmortem.core.shared.ConflictException} when someone saved in between.
     */
    Postmortem update(Postmortem postmortem, List<SectionRevision> revisions);

    List<SectionRevision> revisions(String postmortemKey);

    /** Postmortems not yet published, for reminders. */
    List<Postmortem> unpublished();

    /** Every postmortem; the demo data and dashboards read them in one query. */
    List<Postmortem> all();

    /** The incidents linked to the postmortem besides the one it was created for, in the order they were linked. */
    List<String> linkedIncidents(String postmortemKey);

    /**
     * Links a further incident to the postmortem; {@link DuplicatePostmortemException} when the incident is already
     * covered by a postmortem (this one or another).
     */
    void linkIncident(String postmortemKey, String incidentKey, String linkedBy, java.time.Instant linkedAt);

    /** Removes a link made by {@link #linkIncident}; false when there was none. */
    boolean unlinkIncident(String postmortemKey, String incidentKey);

    /** The incident already has a postmortem (a concurrent creation won). */
    class DuplicatePostmortemException extends RuntimeException {
        public DuplicatePostmortemException(String incidentKey) {
            super("Incident " + incidentKey + " already has a postmortem.");
        }
    }
}
