package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;

import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * Which answers and closures the feedback figures cover and how they are cut. Answers count in the period of the
 * day they were given, closures (for the response rate) in the period of the closure day.
 *
 * @param granularity month, quarter (default) or year
 * @param from        first day, inclusive; null for no lower bound
 * @param to          last day, inclusive; null for no upper bound
 * @param groupBy     the breakdown within each period
 * @param department  only complaints of this afdeling; null for all
 */
public record FeedbackQuery(Granularity granularity, LocalDate from, LocalDate to, FeedbackGroupBy groupBy,
        String department) {

    public FeedbackQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolationException("invalid-period", "from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        granularity = granularity == null ? Granularity.QUARTER : granularity;
        groupBy = groupBy == null ? FeedbackGroupBy.NONE : groupBy;
        department = department == null || department.isBlank() ? null : department.strip();
    }

    /** The whole period as one row, organisation-wide: what the council report reads. */
    public static FeedbackQuery whole(LocalDate from, LocalDate to) {
        return new FeedbackQuery(Granularity.YEAR, from, to, FeedbackGroupBy.NONE, null);
    }
}
