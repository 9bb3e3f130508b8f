package nl.klachtroute.analytics.signal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;

/**
 * A team rising well above its own baseline. The baseline is the team's mean per quarter over the four
 * quarters before; the quarter is a signal when {@code P(X >= count)} under a Poisson distribution with
 * that mean is below {@value #ALPHA}.
 * <p>
 * Why Poisson and an exact tail: complaints about a team are rare, independent arrivals, so their count
 * per quarter is Poisson-like, and the counts are small, where a normal approximation (z-score) raises
 * false alarms. The baseline is floored at {@value #MIN_BASELINE} so a team without history does not
 * signal on its first complaints, and a quarter below the small-cell threshold never signals: the
 * evidence must be publishable to the manager.
 */
public final class RisingTeamDetector {

    static final double ALPHA = 0.01;
    static final double MIN_BASELINE = 1.0;
    static final int BASELINE_QUARTERS = 4;
    private final int smallCellThreshold;

    public RisingTeamDetector(int smallCellThreshold) {
        this.smallCellThreshold = smallCellThreshold;
    }

    /**
     * @param facts registered facts received in the quarter and the four before it (others are ignored)
     * @return at most one signal per team, ordered by team; the same input gives the same signal ids
     */
    public List<PatternSignalRaised> detect(List<ComplaintFact> facts, Quarter quarter) {
        Map<String, String> departments = new HashMap<>();
        Map<String, Map<Quarter, Long>> counts = new TreeMap<>();
        Quarter firstBaseline = quarter;
        for (int i = 0; i < BASELINE_QUARTERS; i++) {
            firstBaseline = firstBaseline.previous();
        }
        for (ComplaintFact fact : facts) {
            Quarter received = Quarter.of(fact.registration().receivedOn());
            String team = fact.registration().team();
            if (team == null || received.compareTo(firstBaseline) < 0 || received.compareTo(quarter) > 0) {
                continue;
            }
            departments.put(team, fact.registration().department());
            counts.computeIfAbsent(team, t -> new HashMap<>()).merge(received, 1L, Long::sum);
        }
        List<PatternSignalRaised> signals = new ArrayList<>();
        Quarter start = firstBaseline;
        counts.forEach((team, perQuarter) -> {
            long now = perQuarter.getOrDefault(quarter, 0L);
            long before = 0;
            for (Quarter q = start; q.compareTo(quarter) < 0; q = q.next()) {
                before += perQuarter.getOrDefault(q, 0L);
            }
            double baseline = (double) before / BASELINE_QUARTERS;
            if (now >= smallCellThreshold && poissonTailAtLeast(now, Math.max(baseline, MIN_BASELINE)) < ALPHA) {
                String id = UUID.nameUUIDFromBytes((SignalKind.RISING_ABOVE_BASELINE + "|" + team + "|" + quarter)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                signals.add(new PatternSignalRaised(id, SignalKind.RISING_ABOVE_BASELINE, departments.get(team), team,
                        null, quarter.toString(), now, baseline));
            }
        });
        return List.copyOf(signals);
    }

    /** {@code P(X >= k)} for X ~ Poisson(lambda): 1 minus the sum of the first k terms. */
    static double poissonTailAtLeast(long k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (long i = 0; i < k; i++) {
            below += term;
            term = term * lambda / (i + 1);
        }
        return Math.max(0, 1 - below);
    }
}
