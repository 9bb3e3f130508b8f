package nl.klachtroute.analytics.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.klachtroute.analytics.cube.CellId;
import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.cube.CubeReading;
import nl.klachtroute.analytics.cube.Dimension;
import nl.klachtroute.analytics.cube.Level;
import nl.klachtroute.analytics.cube.Tally;
import nl.klachtroute.analytics.cube.View;
import nl.klachtroute.analytics.facts.Ending;
import nl.klachtroute.analytics.summary.Cell;
import nl.klachtroute.analytics.summary.SmallCellPolicy;

/**
 * Computes the KPIs of DOMAIN.md per period and group from the cube the projection keeps, and suppresses small
 * cells. Every count adds up over cells; medians and percentiles come from the cells' day counts, which add up
 * too; repeat complaints are decided when projected. So a question reads a few cells, never the facts.
 */
public final class KpiService {

    /** WPI's own target: 90% of complaints handled within the handling term. */
    public static final double ON_TIME_TARGET = 0.9;

    private final CubeReading cube;
    private final SmallCellPolicy policy;
    private final Clock clock;
    private final ZoneId zone;

    public KpiService(ComplaintCube cube, SmallCellPolicy policy, Clock clock, ZoneId zone) {
        this.cube = new CubeReading(cube);
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
    }

    public KpiReport report(KpiQuery query) {
        boolean suppress = query.recognisesTeams();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<CellId, Tally> cells = cube.read(view(query), query.from(), query.to(),
                query.granularity() == Granularity.YEAR ? Level.YEAR : Level.MONTH,
                cell -> (query.department() == null || query.department().equals(cell.value(Dimension.DEPARTMENT)))
                        && (query.team() == null || query.team().equals(cell.value(Dimension.TEAM))));
        Map<String, Map<String, Tally>> groups = new TreeMap<>();
        cells.forEach((cell, tally) -> groups
                .computeIfAbsent(query.granularity().label(cell.bucket().start()),
                        p -> new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                .computeIfAbsent(group(query.groupBy(), cell), g -> new Tally()).add(tally, 1));
        List<KpiRow> rows = new ArrayList<>();
        groups.forEach((period, byGroup) -> byGroup.forEach((group, tally) -> {
            long received = tally.get(Tally.RECEIVED);
            if (received > 0) {
                rows.add(suppress && policy.isSmall(received) ? new KpiRow(period, group, true, null)
                        : new KpiRow(period, group, false, kpis(tally, today, suppress)));
            }
        }));
        return new KpiReport(query, policy.threshold(), suppress, ON_TIME_TARGET, List.copyOf(rows));
    }

    /** Per team where a department or team is asked for, else the one dimension grouped by across the organisation. */
    private static View view(KpiQuery query) {
        boolean teams = query.department() != null || query.team() != null || query.groupBy() == GroupBy.DEPARTMENT
                || query.groupBy() == GroupBy.TEAM;
        return switch (query.groupBy()) {
            case NONE, DEPARTMENT, TEAM -> teams ? View.TEAM : View.ALL;
            case CATEGORY -> teams ? View.TEAM_CATEGORY : View.CATEGORY;
            case CHANNEL -> teams ? View.TEAM_CHANNEL : View.CHANNEL;
            case ROUTE -> teams ? View.TEAM_ROUTE : View.ROUTE;
        };
    }

    private static String group(GroupBy groupBy, CellId cell) {
        String value = switch (groupBy) {
            case NONE -> null;
            case DEPARTMENT -> cell.value(Dimension.DEPARTMENT);
            case TEAM -> cell.value(Dimension.TEAM);
            case CATEGORY -> cell.value(Dimension.CATEGORY);
            case CHANNEL -> cell.value(Dimension.CHANNEL);
            case ROUTE -> cell.value(Dimension.ROUTE);
        };
        return groupBy == GroupBy.NONE ? null : Objects.requireNonNullElse(value, GroupBy.UNKNOWN);
    }

    private Kpis kpis(Tally group, LocalDate today, boolean suppress) {
        long due = group.get(Tally.CONTACTED);
        for (Map.Entry<String, Long> uncontacted : group.breakdown(Tally.UNCONTACTED_BY_DEADLINE).entrySet()) {
            if (LocalDate.parse(uncontacted.getKey()).isBefore(today)) {
                due += uncontacted.getValue();
            }
        }
        Ratio contact = ratio(group.get(Tally.CONTACTED_IN_TIME), due, suppress);
        Ratio onTime = ratio(group.get(Tally.CLOSED_ON_TIME), group.get(Tally.CLOSED), suppress);
        long withActions = group.get(Tally.WITH_ACTIONS);
        Map<String, Long> endings = group.breakdown(Tally.ENDINGS);
        return new Kpis(
                cell(group.get(Tally.RECEIVED), suppress),
                cell(group.get(Tally.FORMAL), suppress),
                contact,
                days(group.breakdown(Tally.ACKNOWLEDGEMENT_DAYS), suppress),
                onTime,
                onTime.share() == null ? null : onTime.share() >= ON_TIME_TARGET,
                cell(group.get(Tally.POSTPONED), suppress),
                cell(group.get(Tally.OVERDUE), suppress),
                days(group.breakdown(Tally.LEAD_TIME_DAYS), suppress),
                policy.breakdown(endings, suppress),
                policy.breakdown(group.breakdown(Tally.JUDGEMENTS), suppress),
                cell(group.get(Tally.HEARD), suppress),
                policy.breakdown(group.breakdown(Tally.WAIVERS), suppress),
                cell(endings.getOrDefault(Ending.Kind.RESOLVED_INFORMALLY.name(), 0L), suppress),
                policy.breakdown(group.breakdown(Tally.NOT_HANDLED), suppress),
                cell(withActions, suppress),
                suppress && policy.isSmall(withActions) ? Cell.hidden() : Cell.of(group.get(Tally.ACTIONS)),
                cell(group.get(Tally.OMBUDSMAN), suppress),
                cell(group.get(Tally.REPEAT), suppress),
                cell(group.get(Tally.REPEAT_BY_COMPLAINANT), suppress),
                cell(group.get(Tally.REPEAT_BY_TEAM_AND_CATEGORY), suppress));
    }

    private Cell cell(long count, boolean suppress) {
        return policy.cell(count, suppress);
    }

    /** Hidden when the part, the whole or the rest (derivable from the other two) is a small cell. */
    private Ratio ratio(long count, long of, boolean suppress) {
        return suppress && (policy.isSmall(count) || policy.isSmall(of) || policy.isSmall(of - count)) ? Ratio.hidden()
                : Ratio.of(count, of);
    }

    /** Hidden when fewer complaints than the threshold make up the median: each would nearly be visible. */
    private DayStatistics days(Map<String, Long> countsByDays, boolean suppress) {
        DayStatistics statistics = DayStatistics.ofCounts(countsByDays);
        return suppress && policy.isSmall(statistics.of()) ? DayStatistics.hidden() : statistics;
    }
}
