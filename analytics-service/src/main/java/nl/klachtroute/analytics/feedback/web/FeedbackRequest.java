package nl.klachtroute.analytics.feedback.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;
import nl.klachtroute.analytics.feedback.FeedbackGroupBy;
import nl.klachtroute.analytics.feedback.FeedbackQuery;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.support.problem.RuleViolationException;

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
        return new FeedbackQuery(parse(Granularity.class, "period", period), from, to,
                parse(FeedbackGroupBy.class, "groupBy", groupBy), department);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("invalid-" + field.toLowerCase(Locale.ROOT), field, "'" + field
                    + "' must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}
