package nl.klachtroute.analytics.kpi;

import java.util.List;

/**
 * KPI rows in period order, then group order.
 *
 * @param suppressionApplied whether small cells were suppressed (see {@link KpiQuery#recognisesTeams()})
 * @param onTimeTarget       WPI's own target for complaints handled on time
 */
public record KpiReport(KpiQuery query, int smallCellThreshold, boolean suppressionApplied, double onTimeTarget,
        List<KpiRow> rows) {
}
