package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.GroupBy;
import nl.klachtroute.analytics.kpi.KpiQuery;
import nl.klachtroute.analytics.kpi.KpiReport;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.kpi.Kpis;
import nl.klachtroute.analytics.summary.Cell;

/**
 * Builds the Awb 9:12a publication from the KPIs of one year, organisation-wide and per department and
 * category; none of these points at a team, so nothing is suppressed (see {@link KpiQuery#recognisesTeams()}).
 */
public final class AnnualPublicationService {

    private final KpiService kpis;

    public AnnualPublicationService(KpiService kpis) {
        this.kpis = kpis;
    }

    public AnnualPublication publication(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        KpiReport whole = kpis.report(new KpiQuery(Granularity.YEAR, from, to, GroupBy.NONE, null, null));
        Kpis total = whole.rows().isEmpty() ? null : whole.rows().get(0).kpis();
        long open = total == null ? 0 : total.received().count()
                - total.endings().values().stream().mapToLong(Cell::count).sum();
        return new AnnualPublication(year, total, open, received(from, to, GroupBy.DEPARTMENT),
                received(from, to, GroupBy.CATEGORY));
    }

    private Map<String, Cell> received(LocalDate from, LocalDate to, GroupBy groupBy) {
        Map<String, Cell> counts = new LinkedHashMap<>();
        kpis.report(new KpiQuery(Granularity.YEAR, from, to, groupBy, null, null)).rows()
                .forEach(row -> counts.put(row.group(), row.kpis().received()));
        return counts;
    }
}
