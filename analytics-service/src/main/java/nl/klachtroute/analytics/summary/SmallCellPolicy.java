package nl.klachtroute.analytics.summary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small-cell suppression (DOMAIN.md, privacy in analytics): a count of 1 up to the threshold minus one
 * is not shown where a team or person could be recognised. Zero is shown: it points at nobody.
 * <p>
 * Suppressing the small cells alone is not enough when the total is shown: a single hidden cell is the
 * total minus the visible ones, and two hidden cells that add up to 2 are both 1. So, as in statistical
 * disclosure control, the smallest visible cells are hidden too until at least two cells are hidden and
 * together they hold at least the threshold.
 */
public final class SmallCellPolicy {

    private final int threshold;

    /** @param threshold the smallest count that may be shown, 5 in DOMAIN.md */
    public SmallCellPolicy(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("A small-cell threshold below 2 suppresses nothing");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public boolean isSmall(long count) {
        return count > 0 && count < threshold;
    }

    public Cell cell(long count, boolean suppress) {
        return suppress && isSmall(count) ? Cell.hidden() : Cell.of(count);
    }

    /** @return the cells in key order, with small cells and the cells that would reveal them hidden */
    public Map<String, Cell> breakdown(Map<String, Long> counts, boolean suppress) {
        Set<String> hidden = new HashSet<>();
        if (suppress) {
            counts.forEach((key, count) -> {
                if (isSmall(count)) {
                    hidden.add(key);
                }
            });
            while (revealable(hidden, counts)) {
                String next = counts.entrySet().stream()
                        .filter(e -> !hidden.contains(e.getKey()) && e.getValue() > 0)
                        .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).orElse(null);
                if (next == null) {
                    break;
                }
                hidden.add(next);
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        new TreeMap<>(counts).forEach((key, count) -> cells.put(key, hidden.contains(key) ? Cell.hidden() : Cell.of(count)));
        return cells;
    }

    private boolean revealable(Set<String> hidden, Map<String, Long> counts) {
        long hiddenSum = hidden.stream().mapToLong(counts::get).sum();
        return !hidden.isEmpty() && (hidden.size() == 1 || hiddenSum < threshold);
    }

    /**
     * Contact compliance: hidden when the complaints contacted in time, those due, or those not contacted
     * in time (derivable from the other two) would be a small cell.
     */
    public ContactKpi contactKpi(long withinDeadline, long due, boolean suppress) {
        return suppress && (isSmall(withinDeadline) || isSmall(due) || isSmall(due - withinDeadline))
                ? ContactKpi.hidden()
                : ContactKpi.of(withinDeadline, due);
    }
}
