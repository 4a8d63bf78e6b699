package io.postmortem.core.postmortem;

import java.util.List;

/**
 * One condition a postmortem must meet before it is published (its content, its actions, its blameless review).
 * Features add their own; the lifecycle asks all of them and refuses with everything that is missing.
 */
public interface PublishCheck {

    /** What is missing, as readable sentences; empty when this check is satisfied. */
    List<String> missing(Postmortem postmortem);
}
