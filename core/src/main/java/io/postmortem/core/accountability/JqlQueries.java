package io.postmortem.core.accountability;

import io.postmortem.core.access.Actor;
import io.postmortem.core.directory.Directory;
import io.postmortem.core.shared.ValidationException;

import java.util.Comparator;
import java.util.List;

/**
 * What the product's JQL functions answer, as issue keys: the same slices the dashboards count, within the projects
 * the viewer can browse. A name is a platform slug or, when no platform has it, a team slug.
 */
public final class JqlQueries {
    private final AccountabilityService accountability;
    private final ActionStatistics actions;
    private final PostmortemStatistics postmortems;
    private final LearningFigures learning;

    public JqlQueries(AccountabilityService accountability, ActionStatistics actions, PostmortemStatistics postmortems) {
        this(accountability, actions, postmortems, null);
    }

    /** @param learning answers the learning figures ({@link LearningFigure}); null where the host has none */
    public JqlQueries(AccountabilityService accountability, ActionStatistics actions, PostmortemStatistics postmortems,
                      LearningFigures learning) {
        this.accountability = accountability;
        this.actions = actions;
        this.postmortems = postmortems;
        this.learning = learning;
    }

    /** {@code actionsOf("<platform or team>"[, "<figure>"])}: the actions of a platform or team, all or one figure's. */
    public List<String> actionsOf(Actor actor, String name, String figure) {
        ActionFigure which = figure == null ? ActionFigure.ALL : ActionFigure.parse(figure)
                .orElseThrow(() -> new ValidationException("figure", "Unknown figure " + figure + "."));
        AccountabilityService.Request request = accountability.request(actor);
        return actions.keys(which.on(scope(request, name), request.today()));
    }

    /** {@code overdueActions(["<platform or team>"])}: overdue actions of one platform or team, or of all. */
    public List<String> overdueActions(Actor actor, String name) {
        AccountabilityService.Request request = accountability.request(actor);
        ActionSlice base = name == null ? ActionSlice.in(request.projects()) : scope(request, name);
        return actions.keys(ActionFigure.OVERDUE.on(base, request.today()));
    }

    /** {@code actionsOfPostmortem("<issue key>")}: the actions a postmortem raised. */
    public List<String> actionsOfPostmortem(Actor actor, String postmortemKey) {
        if (postmortemKey == null || postmortemKey.isBlank()) {
            throw new ValidationException("postmortem", "Give the postmortem's issue key.");
        }
        AccountabilityService.Request request = accountability.request(actor);
        return actions.keys(ActionSlice.in(request.projects()).postmortem(postmortemKey.trim()));
    }

    /** {@code postmortemsOverdue(["<platform or team>"])}. */
    public List<String> postmortemsOverdue(Actor actor, String name) {
        return postmortemsOf(actor, name, PostmortemFigure.OVERDUE.argument());
    }

    /** {@code postmortemsOf("<platform or team>"[, "<figure>"])}; a null name means every platform. */
    public List<String> postmortemsOf(Actor actor, String name, String figure) {
        java.util.Optional<LearningFigure> learningFigure = learning == null ? java.util.Optional.empty()
                : LearningFigure.parse(figure);
        if (learningFigure.isPresent()) {
            AccountabilityService.Request request = accountability.request(actor);
            ActionSlice scope = name == null ? ActionSlice.in(request.projects()) : scope(request, name);
            return learning.keys(request, scope.platform(), scope.team(), learningFigure.get());
        }
        PostmortemFigure which = figure == null ? PostmortemFigure.ALL : PostmortemFigure.parse(figure)
                .orElseThrow(() -> new ValidationException("figure", "Unknown figure " + figure + "."));
        AccountabilityService.Request request = accountability.request(actor);
        ActionSlice scope = name == null ? ActionSlice.in(request.projects()) : scope(request, name);
        return postmortems.facts(request.projects()).stream()
                .filter(f -> scope.platform() == null || scope.platform().equals(f.platform()))
                .filter(f -> scope.team() == null || scope.team().equals(f.team()))
                .filter(f -> which.matches(f, request.today(), request.zone()))
                .map(PostmortemFact::key)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static ActionSlice scope(AccountabilityService.Request request, String name) {
        Directory directory = request.directory();
        String slug = name == null ? "" : name.trim();
        ActionSlice base = ActionSlice.in(request.projects());
        if (directory.platform(slug).isPresent()) {
            return base.platform(slug);
        }
        if (directory.team(slug).isPresent()) {
            return base.team(slug);
        }
        throw new ValidationException("name", "No platform or team " + name + ".");
    }
}
