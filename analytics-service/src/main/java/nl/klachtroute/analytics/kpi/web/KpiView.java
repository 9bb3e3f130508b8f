package nl.klachtroute.analytics.kpi.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.analytics.kpi.KpiQuery;
import nl.klachtroute.analytics.kpi.KpiReport;
import nl.klachtroute.analytics.kpi.KpiRow;
import nl.klachtroute.analytics.kpi.Kpis;

/**
 * The KPI report as JSON. Cells, shares and day statistics carry {@code "suppressed": true} and no
 * numbers when too small to publish; a suppressed row has no {@code kpis}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KpiView(QueryView query, int smallCellThreshold, boolean suppressionApplied, double onTimeTarget,
        List<RowView> rows) {

    static KpiView of(KpiReport report) {
        return new KpiView(QueryView.of(report.query()), report.smallCellThreshold(), report.suppressionApplied(),
                report.onTimeTarget(), report.rows().stream().map(RowView::of).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QueryView(String period, LocalDate from, LocalDate to, String groupBy, String department, String team) {
        static QueryView of(KpiQuery query) {
            return new QueryView(query.granularity().name().toLowerCase(Locale.ROOT), query.from(), query.to(),
                    query.groupBy().name().toLowerCase(Locale.ROOT), query.department(), query.team());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowView(String period, String group, boolean suppressed, Kpis kpis) {
        static RowView of(KpiRow row) {
            return new RowView(row.period(), row.group(), row.suppressed(), row.kpis());
        }
    }
}
