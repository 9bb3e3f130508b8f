package nl.klachtroute.analytics.summary;

import java.util.Map;

/**
 * Complaint volumes and contact compliance for a filter. Aggregates only: no complaint ids, no
 * pseudonyms, no free text.
 *
 * @param suppressionApplied whether small cells were suppressed (the filter narrowed to one department)
 */
public record Summary(
        SummaryFilter filter,
        int smallCellThreshold,
        boolean suppressionApplied,
        Cell total,
        Map<String, Cell> byCategory,
        Map<String, Cell> byDepartment,
        Map<String, Cell> byRoute,
        Map<String, Cell> byChannel,
        Map<String, Cell> byQuarter,
        ContactKpi contactedWithin5WorkingDays) {
}
