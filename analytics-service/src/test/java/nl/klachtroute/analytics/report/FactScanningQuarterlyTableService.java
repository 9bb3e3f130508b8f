package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.kpi.FactSource;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * The quarterly table as built before the cube, from every fact: the oracle the cube must equal. Complaints count
 * in the quarter of receipt, referrals in the quarter they
 * were made. Department figures are not suppressed: the table is at department level, which points at
 * no team, and the ombudsman publishes the same figures per department.
 */
public final class FactScanningQuarterlyTableService {

    /** Three years of quarters is what fits on a printed page. */
    static final int MAX_QUARTERS = 12;
    static final String TOTAL = "Totaal";
    private final FactSource facts;

    public FactScanningQuarterlyTableService(FactSource facts) {
        this.facts = facts;
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
        for (ComplaintFact fact : facts.receivedBetween(null, to.lastDay())) {
            String department = fact.registration().department();
            LocalDate received = fact.registration().receivedOn();
            if (!received.isBefore(start)) {
                complaints.computeIfAbsent(department, d -> new HashMap<>()).merge(Quarter.of(received), 1L, Long::sum);
            }
            if (fact.ombudsmanReferral() != null) {
                LocalDate referred = fact.ombudsmanReferral().referredOn();
                if (!referred.isBefore(start) && !referred.isAfter(to.lastDay())) {
                    referrals.computeIfAbsent(department, d -> new HashMap<>()).merge(Quarter.of(referred), 1L, Long::sum);
                }
            }
        }
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
