package nl.klachtroute.analytics.signal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;

/**
 * The pattern signals of DOMAIN.md over one quarter and the four before it, each with its evidence:
 * <ul>
 * <li>{@link SignalKind#RISING_ABOVE_BASELINE}: a department, team or category whose count this quarter is
 * improbably high under a Poisson distribution with its own mean of the four quarters before
 * ({@link RisingTeamDetector} explains why Poisson and an exact tail);</li>
 * <li>{@link SignalKind#CONDUCT_CLUSTER}: the same test on the conduct complaints (bejegening and experienced
 * discrimination) about one team;</li>
 * <li>{@link SignalKind#REPEAT_COMPLAINANT}: per department, the complaints this quarter from citizens (by
 * pseudonym) with at least {@value #REPEAT_MINIMUM} complaints within 12 months, tested against the
 * department's own quarters before in the same way; the pseudonyms never leave this class. An anonymised
 * complaint has no pseudonym any more, so it neither is nor makes a repeat complaint (it still counts in every
 * other signal);</li>
 * <li>{@link SignalKind#DEADLINE_COMPLIANCE_DROPPING}: per department, the share contacted within 5 working days
 * this quarter against the four quarters before, by a one-sided two-proportion z-test (shares of tens of
 * complaints are near enough to normal) at {@value #Z_CRITICAL}, i.e. p below 0.01; the signal's count is
 * the late contacts and its baseline the late contacts the old share would have given.</li>
 * </ul>
 * A cell below the small-cell threshold never signals: the evidence must be publishable to the manager. The
 * same kind, scope and quarter always give the same signal id, so a signal is raised once however often
 * the scan runs.
 */
public final class PatternDetectors {

    static final double ALPHA = 0.01;
    static final double Z_CRITICAL = 2.326;
    static final int REPEAT_MINIMUM = 3;
    private final int smallCellThreshold;
    private final RisingTeamDetector teams;

    public PatternDetectors(int smallCellThreshold) {
        this.smallCellThreshold = smallCellThreshold;
        this.teams = new RisingTeamDetector(smallCellThreshold);
    }

    /** @param facts registered facts received in the quarter and the four before it (others are ignored) */
    public List<PatternSignalRaised> detect(List<ComplaintFact> facts, Quarter quarter) {
        List<ComplaintFact> window = inWindow(facts, quarter);
        List<PatternSignalRaised> signals = new ArrayList<>(teams.detect(window, quarter));
        signals.addAll(rising(window, quarter, SignalKind.RISING_ABOVE_BASELINE, f -> f.registration().department(),
                f -> true, Scope.DEPARTMENT));
        signals.addAll(rising(window, quarter, SignalKind.RISING_ABOVE_BASELINE,
                f -> f.registration().category() == null ? null : f.registration().category().name(), f -> true,
                Scope.CATEGORY));
        signals.addAll(rising(window, quarter, SignalKind.CONDUCT_CLUSTER, f -> f.registration().team(),
                PatternDetectors::aboutConduct, Scope.TEAM));
        signals.addAll(repeatComplainants(window, facts, quarter));
        signals.addAll(contactCompliance(window, quarter));
        return List.copyOf(signals);
    }

    private enum Scope {
        TEAM, DEPARTMENT, CATEGORY
    }

    private List<PatternSignalRaised> rising(List<ComplaintFact> window, Quarter quarter, SignalKind kind,
            Function<ComplaintFact, String> key, Predicate<ComplaintFact> which, Scope scope) {
        Map<String, Map<Quarter, Long>> counts = new TreeMap<>();
        Map<String, String> departments = new HashMap<>();
        for (ComplaintFact fact : window) {
            String k = key.apply(fact);
            if (k == null || !which.test(fact)) {
                continue;
            }
            departments.put(k, fact.registration().department());
            counts.computeIfAbsent(k, x -> new HashMap<>()).merge(Quarter.of(fact.registration().receivedOn()), 1L,
                    Long::sum);
        }
        List<PatternSignalRaised> signals = new ArrayList<>();
        counts.forEach((k, perQuarter) -> {
            long now = perQuarter.getOrDefault(quarter, 0L);
            double baseline = baseline(perQuarter, quarter);
            if (now >= smallCellThreshold && RisingTeamDetector.poissonTailAtLeast(now,
                    Math.max(baseline, RisingTeamDetector.MIN_BASELINE)) < ALPHA) {
                signals.add(switch (scope) {
                    case TEAM -> new PatternSignalRaised(id(kind, "team:" + k, quarter), kind, departments.get(k), k,
                            kind == SignalKind.CONDUCT_CLUSTER ? Category.BEJEGENING : null, quarter.toString(), now,
                            baseline);
                    case DEPARTMENT -> new PatternSignalRaised(id(kind, "department:" + k, quarter), kind, k, null,
                            null, quarter.toString(), now, baseline);
                    case CATEGORY -> new PatternSignalRaised(id(kind, "category:" + k, quarter), kind, null, null,
                            Category.valueOf(k), quarter.toString(), now, baseline);
                });
            }
        });
        return signals;
    }

    private List<PatternSignalRaised> repeatComplainants(List<ComplaintFact> window, List<ComplaintFact> all,
            Quarter quarter) {
        Map<String, List<LocalDate>> byCitizen = new HashMap<>();
        for (ComplaintFact fact : all) {
            String ref = fact.registration().complainantRef();
            if (ref != null) {
                byCitizen.computeIfAbsent(ref, r -> new ArrayList<>()).add(fact.registration().receivedOn());
            }
        }
        Predicate<ComplaintFact> repeat = fact -> {
            String ref = fact.registration().complainantRef();
            if (ref == null) {
                return false;
            }
            List<LocalDate> days = byCitizen.getOrDefault(ref, List.of());
            LocalDate day = fact.registration().receivedOn();
            long within = days.stream().filter(d -> !d.isAfter(day) && d.isAfter(day.minusMonths(12))).count();
            return within >= REPEAT_MINIMUM;
        };
        return rising(window, quarter, SignalKind.REPEAT_COMPLAINANT, f -> f.registration().department(), repeat,
                Scope.DEPARTMENT);
    }

    private List<PatternSignalRaised> contactCompliance(List<ComplaintFact> window, Quarter quarter) {
        Map<String, long[]> now = new TreeMap<>();
        Map<String, long[]> before = new TreeMap<>();
        for (ComplaintFact fact : window) {
            if (fact.contact() == null) {
                continue;
            }
            Map<String, long[]> side = Quarter.of(fact.registration().receivedOn()).equals(quarter) ? now : before;
            long[] cell = side.computeIfAbsent(fact.registration().department(), d -> new long[2]);
            cell[0] += fact.contact().withinDeadline() ? 0 : 1;
            cell[1]++;
        }
        List<PatternSignalRaised> signals = new ArrayList<>();
        now.forEach((department, cell) -> {
            long[] old = before.getOrDefault(department, new long[2]);
            long late = cell[0];
            long contacted = cell[1];
            if (contacted < smallCellThreshold || old[1] < smallCellThreshold || late < smallCellThreshold) {
                return;
            }
            double onTimeNow = 1 - (double) late / contacted;
            double onTimeBefore = 1 - (double) old[0] / old[1];
            double pooled = 1 - (double) (late + old[0]) / (contacted + old[1]);
            double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / contacted + 1.0 / old[1]));
            if (se > 0 && (onTimeBefore - onTimeNow) / se > Z_CRITICAL) {
                double expectedLate = contacted * (1 - onTimeBefore);
                signals.add(new PatternSignalRaised(id(SignalKind.DEADLINE_COMPLIANCE_DROPPING, "department:" + department,
                        quarter), SignalKind.DEADLINE_COMPLIANCE_DROPPING, department, null, null, quarter.toString(),
                        late, Math.round(expectedLate * 100) / 100.0));
            }
        });
        return signals;
    }

    private static boolean aboutConduct(ComplaintFact fact) {
        Category category = fact.registration().category();
        return category == Category.BEJEGENING || category == Category.ERVAREN_DISCRIMINATIE;
    }

    private static double baseline(Map<Quarter, Long> perQuarter, Quarter quarter) {
        long before = 0;
        Quarter q = quarter;
        for (int i = 0; i < RisingTeamDetector.BASELINE_QUARTERS; i++) {
            q = q.previous();
            before += perQuarter.getOrDefault(q, 0L);
        }
        return (double) before / RisingTeamDetector.BASELINE_QUARTERS;
    }

    private static List<ComplaintFact> inWindow(List<ComplaintFact> facts, Quarter quarter) {
        Quarter first = quarter;
        for (int i = 0; i < RisingTeamDetector.BASELINE_QUARTERS; i++) {
            first = first.previous();
        }
        LocalDate from = first.firstDay();
        LocalDate to = quarter.lastDay();
        return facts.stream().filter(ComplaintFact::registered).filter(f -> {
            LocalDate day = f.registration().receivedOn();
            return !day.isBefore(from) && !day.isAfter(to);
        }).toList();
    }

    static String id(SignalKind kind, String scope, Quarter quarter) {
        return UUID.nameUUIDFromBytes((kind + "|" + scope + "|" + quarter).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Plain Dutch: which test decided, for the evidence a manager reads. */
    public static String test(SignalKind kind) {
        return switch (kind) {
            case RISING_ABOVE_BASELINE, CONDUCT_CLUSTER, REPEAT_COMPLAINANT ->
                "Poisson-toets: zo'n aantal is bij het eigen gemiddelde van de vier kwartalen ervoor minder dan 1% waarschijnlijk";
            case DEADLINE_COMPLIANCE_DROPPING ->
                "Eenzijdige toets op twee proporties (z > 2,33, p < 0,01) tegen de vier kwartalen ervoor";
        };
    }
}
