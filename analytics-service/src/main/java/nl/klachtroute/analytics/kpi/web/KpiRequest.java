package nl.klachtroute.analytics.kpi.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.GroupBy;
import nl.klachtroute.analytics.kpi.KpiQuery;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * Query parameters of {@code GET /api/analytics/kpis}.
 *
 * @param period     {@code month}, {@code quarter} (default) or {@code year}
 * @param from       first day of receipt, inclusive, ISO date
 * @param to         last day of receipt, inclusive, ISO date
 * @param groupBy    {@code department}, {@code team}, {@code category}, {@code channel} or {@code route}; absent for none
 * @param department only this afdeling
 * @param team       only this team
 */
public record KpiRequest(
        @Size(max = 10) String period,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Size(max = 20) String groupBy,
        @Size(max = 100) String department,
        @Size(max = 100) String team) {

    KpiQuery toQuery() {
        return new KpiQuery(parse(Granularity.class, "period", period), from, to, parse(GroupBy.class, "groupBy", groupBy),
                department, team);
    }

    /**
     * An optional enum parameter, case-insensitive; an unknown value is a 422 {@code invalid-<field>} naming the
     * allowed ones. Shared by the analytics endpoints that take one.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
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
