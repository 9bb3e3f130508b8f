package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.cube.CubeReading;
import nl.klachtroute.analytics.cube.Dimension;
import nl.klachtroute.analytics.cube.Level;
import nl.klachtroute.analytics.cube.Tally;
import nl.klachtroute.analytics.cube.View;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * Builds the quarterly table from the cube. Complaints count in the quarter of receipt, referrals in the quarter
 * they were made. Department figures are not suppressed: the table is at department level, which points at
 * no team, and the ombudsman publishes the same figures per department.
 */
public final class QuarterlyTableService {

    /** Three years of quarters is what fits on a printed page. */
    static final int MAX_QUARTERS = 12;
    static final String TOTAL = "Totaal";
    private final CubeReading cube;

    public QuarterlyTableService(ComplaintCube cube) {
        this.cube = new CubeReading(cube);
    }

    public QuarterlyTable table(Quarter from, Quarter to) {
        if (from.compareTo(to) > 0) {
            throw new RuleViolationException("invalid-period", "from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = from; q.compareTo(to) <= 0; q = q.next()) {
            quarters.add(q);
        }
        if (quarters.size() > MAX_QUARTERS) {
            throw new RuleViolationException("period-too-long", "from", "At most " + MAX_QUARTERS + " quarters fit in one table");
        }
        Map<String, Map<Quarter, Long>> complaints = new HashMap<>();
        Map<String, Map<Quarter, Long>> referrals = new HashMap<>();
        LocalDate start = from.previous().firstDay();
        cube.read(View.TEAM, start, to.lastDay(), Level.MONTH, cell -> true).forEach((cell, tally) -> {
            if (tally.get(Tally.RECEIVED) != 0) {
                complaints.computeIfAbsent(cell.value(Dimension.DEPARTMENT), d -> new HashMap<>())
                        .merge(Quarter.of(cell.bucket().start()), tally.get(Tally.RECEIVED), Long::sum);
            }
        });
        YearMonth last = YearMonth.from(to.lastDay());
        cube.read(View.REFERRALS, start, to.lastDay(), Level.MONTH, cell -> true).forEach((cell, tally) -> {
            // Only complaints received by the table's last day count, as their referrals.
            long count = tally.get(Tally.RECEIVED) + tally.breakdown(Tally.RECEIVED_LATER).entrySet().stream()
                    .filter(later -> !YearMonth.parse(later.getKey()).isAfter(last)).mapToLong(Map.Entry::getValue)
                    .sum();
            if (count != 0) {
                referrals.computeIfAbsent(cell.value(Dimension.DEPARTMENT), d -> new HashMap<>())
                        .merge(Quarter.of(cell.bucket().start()), count, Long::sum);
            }
        });
        TreeSet<String> departments = new TreeSet<>(complaints.keySet());
        departments.addAll(referrals.keySet());
        List<QuarterlyTable.Line> lines = departments.stream().map(department -> line(department, quarters,
                complaints.getOrDefault(department, Map.of()), referrals.getOrDefault(department, Map.of()))).toList();
        return new QuarterlyTable(from, to, List.copyOf(quarters), lines,
                line(TOTAL, quarters, sum(complaints), sum(referrals)));
    }

    private static Map<Quarter, Long> sum(Map<String, Map<Quarter, Long>> perDepartment) {
        Map<Quarter, Long> total = new HashMap<>();
        perDepartment.values().forEach(counts -> counts.forEach((q, n) -> total.merge(q, n, Long::sum)));
        return total;
    }

    private static QuarterlyTable.Line line(String department, List<Quarter> quarters, Map<Quarter, Long> complaints,
            Map<Quarter, Long> referrals) {
        List<QuarterlyTable.Figure> complaintFigures = figures(quarters, q -> complaints.getOrDefault(q, 0L));
        List<QuarterlyTable.Figure> referralFigures = figures(quarters, q -> referrals.getOrDefault(q, 0L));
        return new QuarterlyTable.Line(department, complaintFigures, referralFigures,
                complaintFigures.stream().mapToLong(QuarterlyTable.Figure::count).sum(),
                referralFigures.stream().mapToLong(QuarterlyTable.Figure::count).sum());
    }

    private static List<QuarterlyTable.Figure> figures(List<Quarter> quarters, Function<Quarter, Long> count) {
        return quarters.stream().map(q -> {
            long now = count.apply(q);
            long before = count.apply(q.previous());
            return new QuarterlyTable.Figure(q, now, before, now - before);
        }).toList();
    }
}
