package nl.klachtroute.analytics.kpi;

import java.util.List;

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
