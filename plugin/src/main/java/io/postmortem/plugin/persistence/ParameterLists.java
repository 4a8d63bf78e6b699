package io.postmortem.plugin.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Long parameter lists cut into statements every database accepts: Oracle refuses more than 1,000 items in one
 * {@code IN} list and SQL Server more than about 2,100 parameters in one statement. A list of {@value #CHUNK} stays
 * under both with room for the rest of the statement's parameters; callers run one statement per chunk and merge.
 */
public final class ParameterLists {
    public static final int CHUNK = 500;

    private ParameterLists() {
    }

    /** {@code values} in their order, cut into lists of at most {@value #CHUNK}. An empty input gives no chunk. */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(List.copyOf(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return chunks;
    }
}
