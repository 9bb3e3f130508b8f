package nl.klachtroute.analytics.cube;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The cube of complaint counts (port; the Mongo adapter lives in {@code cube.persistence}): one small document per
 * cell, read and changed by {@code _id} only, so no question scans.
 */
public interface ComplaintCube {

    /** Which years of receipt and which combinations of each view hold complaints (or held them once). */
    Directory directory();

    /** @return the tallies of the cells that exist; absent cells are empty */
    Map<CellId, Tally> find(Collection<CellId> cells);

    /** Adds each tally to its cell, atomically per cell, and records new years and combinations. */
    void add(Map<CellId, Tally> deltas);

    /**
     * @param years        years of receipt
     * @param combinations per view, the {@link CellId#combination() combinations} that occur
     */
    record Directory(Set<Integer> years, Map<View, Set<String>> combinations) {

        public Set<String> combinations(View view) {
            return combinations.getOrDefault(view, Set.of());
        }
    }
}
