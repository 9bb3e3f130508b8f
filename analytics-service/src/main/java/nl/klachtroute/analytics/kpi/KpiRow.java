package nl.klachtroute.analytics.kpi;

/**
 * The KPIs of one period and group.
 *
 * @param period     {@code 2026-04}, {@code 2026-Q2} or {@code 2026}
 * @param group      the department, team, category, channel or route; null without a breakdown
 * @param suppressed the whole row is hidden: it holds fewer complaints than the threshold
 * @param kpis       null when suppressed
 */
public record KpiRow(String period, String group, boolean suppressed, Kpis kpis) {
}
