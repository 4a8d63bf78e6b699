package io.postmortem.core.learning;

import io.postmortem.core.access.Actor;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemAccess;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ForbiddenException;
import io.postmortem.core.shared.ValidationException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Sets a postmortem's "share widely" flag (facilitator, MIM, SRE) and its tags (also the impacted teams). */
public final class LearningMarksService {
    static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final int MAX_TAGS = 10;

    private final PostmortemService postmortems;
    private final LearningMarksStore store;
    private final LearningIndexer indexer;
    private final ConfigurationStore configurationStore;

    public LearningMarksService(PostmortemService postmortems, LearningMarksStore store, LearningIndexer indexer,
                                ConfigurationStore configurationStore) {
        this.postmortems = postmortems;
        this.store = store;
        this.indexer = indexer;
        this.configurationStore = configurationStore;
    }

    public LearningMarks marks(String postmortemKey, Actor actor) {
        return store.marks(postmortems.get(postmortemKey, actor).key());
    }

    /** What the viewer may change, so pages show only the controls that work. */
    public record Permitted(boolean shareWidely, boolean tag) {
    }

    public Permitted permitted(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        PostmortemAccess access = access();
        boolean steers = access.steers(actor, postmortem);
        return new Permitted(steers, steers || access.isMemberOfAny(actor, postmortems.impactedTeams(postmortem)));
    }

    public LearningMarks shareWidely(String postmortemKey, boolean shareWidely, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        if (!access().steers(actor, postmortem)) {
            throw new ForbiddenException("Only the facilitator, MIM and SRE can decide to share this postmortem widely.");
        }
        LearningMarks current = store.marks(postmortem.key());
        LearningMarks next = new LearningMarks(postmortem.key(), shareWidely, current.tags());
        store.save(next);
        return next;
    }

    public LearningMarks tag(String postmortemKey, List<String> tags, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        PostmortemAccess access = access();
        if (!access.steers(actor, postmortem) && !access.isMemberOfAny(actor, postmortems.impactedTeams(postmortem))) {
            throw new ForbiddenException("Only the impacted teams, the facilitator, MIM and SRE can tag this postmortem.");
        }
        LearningMarks next = new LearningMarks(postmortem.key(), store.marks(postmortem.key()).shareWidely(),
                normalise(tags));
        store.save(next);
        indexer.reindex(postmortem.key());
        // The tags are the Postmortem issue's labels in Jira.
        postmortems.changed(postmortem);
        return next;
    }

    /** Lower-case slugs, without repeats; anything else is refused naming the tag's position. */
    static List<String> normalise(List<String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new ValidationException("tags", "At most " + MAX_TAGS + " tags.");
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i) == null ? "" : tags.get(i).trim().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(tag).matches()) {
                throw new ValidationException("tags[" + i + "]",
                        "A tag is 1 to 40 letters, digits and dashes, starting with a letter or digit.");
            }
            result.add(tag);
        }
        return List.copyOf(result);
    }

    private PostmortemAccess access() {
        return new PostmortemAccess(configurationStore.load().directory());
    }
}
