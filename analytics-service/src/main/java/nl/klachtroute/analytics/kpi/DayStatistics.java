package nl.klachtroute.analytics.kpi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Days between two moments of the route (receipt to acknowledgement, receipt to closure), over
 * {@code of} complaints; percentiles by the nearest-rank method, so every value is a real number of days.
 *
 * @param median null when no complaint counts or when suppressed
 * @param p90    the 90th percentile
 */
public record DayStatistics(Long of, Long median, Long p90, boolean suppressed) {

    static DayStatistics of(List<Long> days) {
        List<Long> sorted = days.stream().sorted().toList();
        return new DayStatistics((long) sorted.size(), percentile(sorted, 50), percentile(sorted, 90), false);
    }

    /** The same statistics from how many complaints took each number of days. */
    static DayStatistics ofCounts(Map<String, Long> countsByDays) {
        TreeMap<Long, Long> sorted = new TreeMap<>();
        countsByDays.forEach((days, count) -> sorted.merge(Long.parseLong(days), count, Long::sum));
        long size = sorted.values().stream().mapToLong(Long::longValue).sum();
        return new DayStatistics(size, percentile(sorted, size, 50), percentile(sorted, size, 90), false);
    }

    private static Long percentile(TreeMap<Long, Long> sorted, long size, int percent) {
        if (size == 0) {
            return null;
        }
        long rank = Math.max((long) Math.ceil(percent / 100.0 * size), 1);
        long seen = 0;
        for (Map.Entry<Long, Long> entry : sorted.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return sorted.lastKey();
    }

    static DayStatistics hidden() {
        return new DayStatistics(null, null, null, true);
    }

    private static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
