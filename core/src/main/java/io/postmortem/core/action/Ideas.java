package io.postmortem.core.action;

import io.postmortem.core.access.Actor;
import io.postmortem.core.access.Permissions;
import io.postmortem.core.config.ConfigurationStore;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemRepository;
import io.postmortem.core.postmortem.PostmortemService;
import io.postmortem.core.shared.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A postmortem's ideas, kept apart from its actions until promoted ({@link RaiseAction#promote}): adding and
 * listing them, marking one the same as an idea or action of an earlier postmortem, and suggesting such matches.
 */
public final class Ideas {
    static final int SUGGESTIONS_MAX = 10;
    /** Earlier ideas, and earlier actions, a suggestion reads at most: the newest whose summary shares a word. */
    static final int SUGGESTION_CANDIDATES_MAX = 200;

    private final PostmortemService postmortems;
    private final PostmortemRepository postmortemStore;
    private final ActionRepository actions;
    private final IdeaRepository ideas;
    private final ConfigurationStore configurationStore;
    private final Permissions permissions;
    private final Clock clock;
    private final Recurrence recurrence;

    public Ideas(PostmortemService postmortems, PostmortemRepository postmortemStore, ActionRepository actions,
                 IdeaRepository ideas, ConfigurationStore configurationStore, Permissions permissions, Clock clock) {
        this.postmortems = postmortems;
        this.postmortemStore = postmortemStore;
        this.actions = actions;
        this.ideas = ideas;
        this.configurationStore = configurationStore;
        this.permissions = permissions;
        this.clock = clock;
        this.recurrence = new Recurrence(actions, ideas);
    }

    public IdeaItem addIdea(String postmortemKey, String summary, String description, Actor actor) {
        Postmortem postmortem = ActionRules.editable(postmortems, postmortemKey, actor,
                configurationStore.load().directory());
        Map<String, String> errors = new LinkedHashMap<>();
        ActionRules.checkText(errors, "summary", summary, ActionRules.SUMMARY_MAX, true);
        ActionRules.checkText(errors, "description", description, ActionRules.DESCRIPTION_MAX, false);
        ActionRules.throwIf(errors);
        Idea stored = ideas.insert(new Idea(0, postmortem.key(), summary.trim(), ActionRules.blankToNull(description),
                actor.username(), clock.instant(), null, null));
        return new IdeaItem(stored, recurrence.count(stored.ref()));
    }

    public List<IdeaItem> ideas(String postmortemKey, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        return ideas.ideasOf(postmortem.key()).stream()
                .map(idea -> new IdeaItem(idea, recurrence.count(idea.ref()))).toList();
    }

    /**
     * Marks an idea as the same as an idea or action of an earlier postmortem (null clears the mark). The viewer
     * must be able to see the earlier postmortem.
     */
    public IdeaItem sameAs(String postmortemKey, long ideaId, ItemRef target, Actor actor) {
        Postmortem postmortem = ActionRules.editable(postmortems, postmortemKey, actor,
                configurationStore.load().directory());
        Idea idea = ActionRules.ideaOf(ideas, postmortem, ideaId);
        if (target != null) {
            String targetPostmortem = postmortemOf(target)
                    .orElseThrow(() -> new ValidationException("target", "No " + target.kind().name().toLowerCase()
                            + " " + target.id() + "."));
            Postmortem earlier = postmortems.get(targetPostmortem, actor);
            if (earlier.key().equals(postmortem.key()) || !earlier.createdAt().isBefore(postmortem.createdAt())) {
                throw new ValidationException("target", "Only an idea or action of an earlier postmortem can be the same.");
            }
        }
        Idea saved = ideas.update(idea.sameAs(target));
        return new IdeaItem(saved, recurrence.count(saved.ref()));
    }

    /**
     * Earlier ideas and actions worded like this idea (Jaccard score at least {@link Similarity#THRESHOLD}), best
     * first, only from postmortems the viewer can see.
     */
    public List<Suggestion> suggest(String postmortemKey, long ideaId, Actor actor) {
        Postmortem postmortem = postmortems.get(postmortemKey, actor);
        Idea idea = ActionRules.ideaOf(ideas, postmortem, ideaId);
        Instant before = postmortem.createdAt();
        Map<String, Optional<Postmortem>> visible = new HashMap<>();
        List<Suggestion> found = new ArrayList<>();
        // Narrowed by the store to summaries sharing a word that every match must share (Similarity#searchWords).
        Set<String> words = Similarity.searchWords(idea.summary());
        if (words.isEmpty()) {
            return List.of();
        }
        for (Idea candidate : ideas.unpromotedWithSummaryWords(words, before, SUGGESTION_CANDIDATES_MAX)) {
            if (!candidate.isPromoted()) {
                consider(found, idea, candidate.ref(), candidate.postmortemKey(), candidate.summary(), before, visible, actor);
            }
        }
        for (Action candidate : actions.withSummaryWords(words, before, SUGGESTION_CANDIDATES_MAX)) {
            if (candidate.createdAt().isBefore(before)) {
                consider(found, idea, candidate.ref(), candidate.postmortemKey(), candidate.summary(), before, visible, actor);
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                        .thenComparing(Suggestion::recurrence, Comparator.reverseOrder()))
                .limit(SUGGESTIONS_MAX)
                .toList();
    }

    // ---- internals

    private void consider(List<Suggestion> found, Idea idea, ItemRef ref, String candidatePostmortem, String summary,
                          Instant before, Map<String, Optional<Postmortem>> visible, Actor actor) {
        if (candidatePostmortem.equals(idea.postmortemKey()) || ref.equals(idea.sameAs())) {
            return;
        }
        double score = Similarity.score(idea.summary(), summary);
        if (score < Similarity.THRESHOLD) {
            return;
        }
        boolean earlierAndVisible = visible.computeIfAbsent(candidatePostmortem, key -> postmortemStore.findByKey(key)
                        .filter(p -> permissions.canBrowseIssue(actor.username(), p.incidentKey())))
                .filter(p -> p.createdAt().isBefore(before))
                .isPresent();
        if (earlierAndVisible) {
            found.add(new Suggestion(ref, candidatePostmortem, summary, Math.round(score * 100) / 100.0,
                    recurrence.count(ref)));
        }
    }

    private Optional<String> postmortemOf(ItemRef ref) {
        return ref.kind() == ItemRef.Kind.IDEA
                ? ideas.idea(ref.id()).map(Idea::postmortemKey)
                : actions.byId(ref.id()).map(Action::postmortemKey);
    }
}
