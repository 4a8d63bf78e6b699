package io.postmortem.core.postmortem;

import java.util.List;
import java.util.Optional;

/** Where postmortems are kept. At most one postmortem per incident: the store enforces it with a unique key. */
public interface PostmortemRepository {

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

    /** The incident already has a postmortem (a concurrent creation won). */
    class DuplicatePostmortemException extends RuntimeException {
        public DuplicatePostmortemException(String incidentKey) {
            super("Incident " + incidentKey + " already has a postmortem.");
        }
    }
}
