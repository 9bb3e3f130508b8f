package nl.klachtroute.analytics.summary.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.analytics.summary.Cell;
import nl.klachtroute.analytics.summary.ContactKpi;
import nl.klachtroute.analytics.summary.Summary;
import nl.klachtroute.analytics.summary.SummaryFilter;

/**
 * The summary as JSON. A cell is {@code {"count": 7, "suppressed": false}} or, when too small to
 * publish, {@code {"suppressed": true}} without a count, so a client cannot mistake it for zero.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SummaryView(
        FilterView filter,
        int smallCellThreshold,
        boolean suppressionApplied,
        CellView total,
        Map<String, CellView> byCategory,
        Map<String, CellView> byDepartment,
        Map<String, CellView> byRoute,
        Map<String, CellView> byChannel,
        Map<String, CellView> byQuarter,
        ContactView contactedWithin5WorkingDays) {

    static SummaryView of(Summary summary) {
        return new SummaryView(FilterView.of(summary.filter()), summary.smallCellThreshold(),
                summary.suppressionApplied(), CellView.of(summary.total()), cells(summary.byCategory()),
                cells(summary.byDepartment()), cells(summary.byRoute()), cells(summary.byChannel()),
                cells(summary.byQuarter()), ContactView.of(summary.contactedWithin5WorkingDays()));
    }

    private static Map<String, CellView> cells(Map<String, Cell> cells) {
        Map<String, CellView> views = new LinkedHashMap<>();
        cells.forEach((key, cell) -> views.put(key, CellView.of(cell)));
        return views;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FilterView(LocalDate from, LocalDate to, String department) {
        static FilterView of(SummaryFilter filter) {
            return new FilterView(filter.from(), filter.to(), filter.department());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellView(Long count, boolean suppressed) {
        static CellView of(Cell cell) {
            return new CellView(cell.count(), cell.suppressed());
        }
    }

    /** {@code share} is absent while no complaint is due for contact yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(Long count, Long due, Double share, boolean suppressed) {
        static ContactView of(ContactKpi kpi) {
            return new ContactView(kpi.count(), kpi.due(), kpi.share(), kpi.suppressed());
        }
    }
}
