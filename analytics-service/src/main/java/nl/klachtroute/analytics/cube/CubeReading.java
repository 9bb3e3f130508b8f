package nl.klachtroute.analytics.cube;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads the cells of one view over a period of receipt, in the coarsest periods a question allows. */
public final class CubeReading {

    private final ComplaintCube cube;

    public CubeReading(ComplaintCube cube) {
        this.cube = cube;
    }

    /**
     * @param from     first day, inclusive; null for the first year with complaints
     * @param to       last day, inclusive; null for the last year with complaints
     * @param coarsest the longest period one cell may cover: the question's periods must not split it
     * @param which    the cells wanted (e.g. one department's)
     * @return the cells that exist, with their tallies
     */
    public Map<CellId, Tally> read(View view, LocalDate from, LocalDate to, Level coarsest, Predicate<CellId> which) {
        ComplaintCube.Directory directory = cube.directory();
        LocalDate start = from;
        LocalDate end = to;
        if (view != View.REFERRALS) {
            if (directory.years().isEmpty()) {
                return Map.of();
            }
            // No cell lies outside the years with complaints; an open or a wide period need not visit every day.
            LocalDate first = LocalDate.of(Collections.min(directory.years()), 1, 1);
            LocalDate last = LocalDate.of(Collections.max(directory.years()), 12, 31);
            start = from == null || from.isBefore(first) ? first : from;
            end = to == null || to.isAfter(last) ? last : to;
        }
        if (start.isAfter(end)) {
            return Map.of();
        }
        Set<String> combinations = view.dimensions().isEmpty() ? Set.of("") : directory.combinations(view);
        List<CellId> wanted = new ArrayList<>();
        for (String combination : combinations) {
            List<String> values = CellId.values(view, combination);
            CellId probe = new CellId(view, new Bucket(Level.DAY, start), values);
            if (!which.test(probe)) {
                continue;
            }
            for (Bucket bucket : Bucket.cover(start, end, coarsest)) {
                wanted.add(new CellId(view, bucket, values));
            }
        }
        return cube.find(wanted);
    }
}
