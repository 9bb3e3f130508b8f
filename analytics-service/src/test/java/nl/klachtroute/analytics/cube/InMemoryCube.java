package nl.klachtroute.analytics.cube;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The cube in a map, for tests without a store. */
public final class InMemoryCube implements ComplaintCube {

    private final Map<CellId, Tally> cells = new HashMap<>();
    private final Set<Integer> years = new HashSet<>();
    private final Map<View, Set<String>> combinations = new HashMap<>();

    @Override
    public Directory directory() {
        return new Directory(Set.copyOf(years), Map.copyOf(combinations));
    }

    @Override
    public Map<CellId, Tally> find(Collection<CellId> wanted) {
        Map<CellId, Tally> found = new HashMap<>();
        wanted.forEach(cell -> {
            if (cells.containsKey(cell)) {
                found.put(cell, new Tally().add(cells.get(cell), 1));
            }
        });
        return found;
    }

    @Override
    public void add(Map<CellId, Tally> deltas) {
        deltas.forEach((cell, tally) -> {
            cells.computeIfAbsent(cell, c -> new Tally()).add(tally, 1);
            if (cell.view() != View.REFERRALS) {
                years.add(cell.bucket().start().getYear());
            }
            combinations.computeIfAbsent(cell.view(), v -> new HashSet<>()).add(cell.combination());
        });
    }

    /** Every cell with a count, as it stands. */
    public Map<CellId, Tally> cells() {
        Map<CellId, Tally> counted = new HashMap<>(cells);
        counted.values().removeIf(Tally::isEmpty);
        return counted;
    }
}
