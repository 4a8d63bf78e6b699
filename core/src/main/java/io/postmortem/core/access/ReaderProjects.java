package io.postmortem.core.access;

import java.util.List;

/**
 * The projects that hold the product's postmortems and actions: someone who may browse one of them may read the
 * product's pages. The configuration answers it (so access does not depend on the configuration's types).
 */
public interface ReaderProjects {

    /** Their keys, the postmortem project first. */
    List<String> keys();
}
