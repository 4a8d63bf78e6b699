package io.postmortem.core.learning;

import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.incident.IncidentTickets;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemListener;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemStatus;

/** Keeps the library's index in step: a postmortem enters it when published and is rewritten when its tags change. */
public final class LearningIndexer implements PostmortemListener {
    private final LearningIndex index;
    private final PostmortemRepository postmortems;
    private final IncidentTickets incidents;
    private final ConfigurationStore configurationStore;
    private final LearningMarksStore marks;

    public LearningIndexer(LearningIndex index, PostmortemRepository postmortems, IncidentTickets incidents,
                           ConfigurationStore configurationStore, LearningMarksStore marks) {
        this.index = index;
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.configurationStore = configurationStore;
        this.marks = marks;
    }

    @Override
    public void statusChanged(Postmortem postmortem, PostmortemStatus from) {
        if (postmortem.isPublished()) {
            index(postmortem);
        }
    }

    /** Rewrites the entry of a published postmortem (e.g. after its tags changed); unpublished ones are left out. */
    public void reindex(String postmortemKey) {
        postmortems.findByKey(postmortemKey).filter(Postmortem::isPublished).ifPresent(this::index);
    }

    /** Indexes every published postmortem again, e.g. after an upgrade or a restore. Returns how many. */
    public int reindexAll() {
        int count = 0;
        for (Postmortem postmortem : postmortems.all()) {
            if (postmortem.isPublished()) {
                index(postmortem);
                count++;
            }
        }
        return count;
    }

    private void index(Postmortem postmortem) {
        index.put(LibraryEntries.of(postmortem, incidents.find(postmortem.incidentKey()),
                configurationStore.load().directory(), marks.marks(postmortem.key())));
    }
}
