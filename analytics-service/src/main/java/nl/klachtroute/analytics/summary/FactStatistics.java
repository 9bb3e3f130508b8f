package nl.klachtroute.analytics.summary;

import java.time.LocalDate;
import java.util.Map;

/** Counting over the registered complaint facts (port; aggregations in {@code summary.persistence}). */
public interface FactStatistics {

    long count(SummaryFilter filter);

    /** @return count per value of the dimension; values without complaints are absent */
    Map<String, Long> countBy(Dimension dimension, SummaryFilter filter);

    /**
     * @param today the day (Europe/Amsterdam) before which an uncontacted complaint's deadline has passed
     */
    ContactCounts contactCounts(SummaryFilter filter, LocalDate today);

    /**
     * @param due            complaints whose contact deadline has passed or that were contacted already
     * @param withinDeadline of those, contacted within 5 working days
     */
    record ContactCounts(long due, long withinDeadline) {
    }
}
