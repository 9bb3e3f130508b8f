package nl.klachtroute.analytics.summary;

import java.time.LocalDate;

import nl.klachtroute.support.problem.RuleViolationException;

/**
 * Which complaints a summary counts.
 *
 * @param from       first day of receipt, inclusive; null for no lower bound
 * @param to         last day of receipt, inclusive; null for no upper bound
 * @param department only this afdeling; null for all
 */
public record SummaryFilter(LocalDate from, LocalDate to, String department) {

    public SummaryFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolationException("invalid-period", "from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        department = department == null || department.isBlank() ? null : department.strip();
    }

    public static SummaryFilter everything() {
        return new SummaryFilter(null, null, null);
    }

    /**
     * Within one department a small category or channel count can point at a team, so small cells are
     * suppressed then; across all departments no cell of the summary is about a single team.
     */
    public boolean narrowsToOneDepartment() {
        return department != null;
    }
}
