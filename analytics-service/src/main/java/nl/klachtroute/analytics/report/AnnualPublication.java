package nl.klachtroute.analytics.report;

import java.util.Map;

import nl.klachtroute.analytics.kpi.Kpis;
import nl.klachtroute.analytics.summary.Cell;

/**
 * The annual complaints publication (Awb 9:12a): every complaint received in the year, how each ended
 * (also not handled and informally resolved), judgements, timeliness and referrals.
 *
 * @param kpis         the year as a whole; null when no complaint was received
 * @param stillOpen    received in the year and not ended (yet)
 * @param byDepartment complaints received per department
 * @param byCategory   complaints received per category
 */
public record AnnualPublication(int year, Kpis kpis, long stillOpen, Map<String, Cell> byDepartment,
        Map<String, Cell> byCategory) {
}
