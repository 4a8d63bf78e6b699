package io.postmortem.core.accountability;

import java.util.List;
import java.util.Set;

/**
 * Dashboard reads over postmortems. There is one postmortem per P1–P3 incident (thousands, not millions), so stores
 * read only the dashboard columns of those in the browsable projects in one query and the figures are derived here.
 */
public interface PostmortemStatistics {

    /** @param projects the projects whose postmortem issues count (the viewer's browsable ones); null means all */
    List<PostmortemFact> facts(Set<String> projects);
}
