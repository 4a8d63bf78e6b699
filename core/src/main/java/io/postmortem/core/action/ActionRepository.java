package io.postmortem.core.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where actions and their history are kept. The request id is unique in the store, so two nodes submitting the
 * same request cannot both store an action. Rows keep platform, team, project key, due date, status, created and
 * closed times as columns, so dashboards filter and count in the database.
 */
public interface ActionRepository {

    /** Stores a new action and returns it with its id; {@link DuplicateRequestException} if its request id is taken. */
    Action insert(Action action);

    /** Replaces the stored action with the same id. */
    Action update(Action action);

    Optional<Action> byId(long id);

    Optional<Action> byRequestId(String requestId);

    /** The action tracked by this Problem ticket key (its current key). */
    Optional<Action> byProblemKey(String problemKey);

    /** A postmortem's actions, oldest first. */
    List<Action> byPostmortem(String postmortemKey);

    /**
     * The actions of these postmortems, in id order, for a list of postmortems that shows each one's actions. A
     * store answers in one statement; this default asks once per postmortem.
     */
    default List<Action> byPostmortems(java.util.Collection<String> postmortemKeys) {
        return postmortemKeys.stream().distinct().flatMap(key -> byPostmortem(key).stream())
                .sorted(java.util.Comparator.comparingLong(Action::id)).toList();
    }

    /** Actions matching the filter, oldest first. */
    List<Action> find(ActionFilter filter);

    /** The project keys of the stored actions, each once: whose browse permission a list asks about. */
    Set<String> projectKeys();

    /**
     * One page of {@link #find}: the actions matching the filter in these projects (null: in any project) whose id
     * is greater than {@code afterId}, by id, at most {@code limit}: one query whatever the number of actions.
     */
    List<Action> page(ActionFilter filter, Set<String> projects, long afterId, int limit);

    /**
     * Actions created before {@code before} whose summary contains one of {@code words} as they are given (a
     * superset of what a caller wants: it scores what it gets), newest first, at most {@code limit}.
     */
    List<Action> withSummaryWords(Set<String> words, Instant before, int limit);

    /** Counts per platform or team of the actions matching the filter, in one query; overdue is judged on {@code today}. */
    List<ActionCount> count(ActionFilter filter, Grouping grouping, LocalDate today);

    /** The action an idea was promoted to. */
    Optional<Action> byIdea(long ideaId);

    void record(ActionChange change);

    /** An action's history, oldest first. */
    List<ActionChange> history(long actionId);

    enum Grouping {
        PLATFORM, TEAM
    }

    /** Another submit with the same request id stored its action first. */
    class DuplicateRequestException extends RuntimeException {
        public DuplicateRequestException(String requestId) {
            super("An action was already raised by request " + requestId + ".");
        }
    }
}
