package nl.klachtroute.analytics.summary.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;
import nl.klachtroute.analytics.summary.SummaryFilter;

/**
 * Query parameters of {@code GET /api/analytics/summary}.
 *
 * @param from       first day of receipt, inclusive, ISO date
 * @param to         last day of receipt, inclusive, ISO date
 * @param department afdeling, exactly as registered
 */
record SummaryRequest(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Size(max = 100) String department) {

    SummaryFilter toFilter() {
        return new SummaryFilter(from, to, department);
    }
}
