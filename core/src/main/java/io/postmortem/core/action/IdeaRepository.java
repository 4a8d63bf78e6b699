package io.postmortem.core.action;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a postmortem's candidate ideas are kept, apart from its committed actions. */
public interface IdeaRepository {

    Idea insert(Idea idea);

    Idea update(Idea idea);

    Optional<Idea> byId(long id);

    /** A postmortem's ideas, oldest first. */
    List<Idea> byPostmortem(String postmortemKey);

    /** Ideas marked the same as {@code target}. */
    List<Idea> sameAs(ItemRef target);

    /** Ideas created before {@code instant}: the candidates an idea of a later postmortem may repeat. */
    List<Idea> createdBefore(Instant instant);
}
