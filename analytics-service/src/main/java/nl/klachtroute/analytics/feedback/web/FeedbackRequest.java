package nl.klachtroute.analytics.feedback.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;
import nl.klachtroute.analytics.feedback.FeedbackGroupBy;
import nl.klachtroute.analytics.feedback.FeedbackQuery;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.web.KpiRequest;

/**
 * Query parameters of {@code GET /api/analytics/feedback}, named as those of {@code /kpis}.
 *
 * @param period     {@code month}, {@code quarter} (default) or {@code year}
 * @param from       first day, inclusive, ISO date: of the answer, and of the closure for the response rate
 * @param to         last day, inclusive, ISO date
 * @param groupBy    {@code department} or {@code category}; absent for none
 * @param department only complaints of this afdeling
 */
record FeedbackRequest(
        @Size(max = 10) String period,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Size(max = 20) String groupBy,
        @Size(max = 100) String department) {

    FeedbackQuery toQuery() {
        return new FeedbackQuery(KpiRequest.parse(Granularity.class, "period", period), from, to,
                KpiRequest.parse(FeedbackGroupBy.class, "groupBy", groupBy), department);
    }
}
