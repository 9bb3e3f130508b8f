package nl.klachtroute.analytics.kpi;

import java.time.LocalDate;

import nl.klachtroute.support.problem.RuleViolationException;

/**
 * Which complaints the KPIs cover and how they are cut.
 *
 * @param granularity month, quarter or year of receipt
 * @param from        first day of receipt, inclusive; null for no lower bound
 * @param to          last day of receipt, inclusive; null for no upper bound
 * @param groupBy     the breakdown within each period
 * @param department  only this afdeling; null for all
 * @param team        only this team; null for all
 */
public record KpiQuery(Granularity granularity, LocalDate from, LocalDate to, GroupBy groupBy, String department,
        String team) {

    public KpiQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolationException("invalid-period", "from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        granularity = granularity == null ? Granularity.QUARTER : granularity;
        groupBy = groupBy == null ? GroupBy.NONE : groupBy;
        department = department == null || department.isBlank() ? null : department.strip();
        team = team == null || team.isBlank() ? null : team.strip();
    }

    /**
     * Small cells are suppressed where a team could be recognised: rows per team, and any breakdown
     * narrowed to one department or team. Across all departments, by department, category, channel or
     * route, no row is about a single team (department totals are published by the ombudsman anyway).
     */
    public boolean recognisesTeams() {
        return groupBy == GroupBy.TEAM || department != null || team != null;
    }
}
