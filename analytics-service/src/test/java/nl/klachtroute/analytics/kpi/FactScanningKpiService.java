package nl.klachtroute.analytics.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.Ending;
import nl.klachtroute.analytics.summary.Cell;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.DeadlineKind;

/**
 * The KPIs as computed before the cube, from every fact of the period: the oracle the cube must equal.
 * Computes the KPIs of DOMAIN.md from the complaint facts, per period and group, and suppresses small
 * cells. Counting happens here rather than in the store: medians and percentiles do not aggregate, a
 * repeat complaint depends on other complaints, and a municipality's complaints of a few years fit in
 * memory easily.
 */
public final class FactScanningKpiService {

    /** WPI's own target: 90% of complaints handled within the handling term. */
    public static final double ON_TIME_TARGET = KpiService.ON_TIME_TARGET;
    /** DOMAIN.md: a repeat complaint follows an earlier one within 12 months. */
    static final int REPEAT_WINDOW_MONTHS = 12;

    private final FactSource facts;
    private final SmallCellPolicy policy;
    private final Clock clock;
    private final ZoneId zone;

    public FactScanningKpiService(FactSource facts, SmallCellPolicy policy, Clock clock, ZoneId zone) {
        this.facts = facts;
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
    }

    public KpiReport report(KpiQuery query) {
        boolean suppress = query.recognisesTeams();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<ComplaintFact> history = facts.receivedBetween(
                query.from() == null ? null : query.from().minusMonths(REPEAT_WINDOW_MONTHS), query.to());
        Repeats repeats = new Repeats(history);
        Map<String, Map<String, List<ComplaintFact>>> groups = new TreeMap<>();
        history.stream()
                .filter(fact -> query.from() == null || !fact.registration().receivedOn().isBefore(query.from()))
                .filter(fact -> query.department() == null || query.department().equals(fact.registration().department()))
                .filter(fact -> query.team() == null || query.team().equals(fact.registration().team()))
                .forEach(fact -> groups
                        .computeIfAbsent(query.granularity().label(fact.registration().receivedOn()), p -> new TreeMap<>(
                                Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                        .computeIfAbsent(query.groupBy().keyOf(fact), g -> new ArrayList<>()).add(fact));
        List<KpiRow> rows = new ArrayList<>();
        groups.forEach((period, byGroup) -> byGroup.forEach((group, members) -> rows.add(
                suppress && policy.isSmall(members.size()) ? new KpiRow(period, group, true, null)
                        : new KpiRow(period, group, false, kpis(members, repeats, today, suppress)))));
        return new KpiReport(query, policy.threshold(), suppress, ON_TIME_TARGET, List.copyOf(rows));
    }

    private Kpis kpis(List<ComplaintFact> group, Repeats repeats, LocalDate today, boolean suppress) {
        List<ComplaintFact> closed = group.stream().filter(f -> kind(f) == Ending.Kind.CLOSED).toList();
        List<ComplaintFact> dueForContact = group.stream().filter(f -> f.contact() != null
                || (f.registration().contactDeadline() != null && f.registration().contactDeadline().isBefore(today)))
                .toList();
        Ratio contact = ratio(count(dueForContact, f -> f.contact() != null && f.contact().withinDeadline()),
                dueForContact.size(), suppress);
        Ratio onTime = ratio(count(closed, f -> Boolean.TRUE.equals(f.ending().withinHandlingDeadline())),
                closed.size(), suppress);
        long withActions = count(closed, f -> f.ending().improvementActions() != null
                && f.ending().improvementActions() > 0);
        long actions = closed.stream().map(f -> f.ending().improvementActions()).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
        long bySameComplainant = count(group, repeats::bySameComplainant);
        long bySameTeamAndCategory = count(group, repeats::bySameTeamAndCategory);
        return new Kpis(
                cell(group.size(), suppress),
                cell(count(group, ComplaintFact::formal), suppress),
                contact,
                days(group.stream().filter(f -> f.acknowledgedOn() != null)
                        .map(f -> ChronoUnit.DAYS.between(f.registration().receivedOn(), f.acknowledgedOn())).toList(),
                        suppress),
                onTime,
                onTime.share() == null ? null : onTime.share() >= ON_TIME_TARGET,
                cell(count(group, f -> f.postponement() != null), suppress),
                cell(count(group, f -> f.missedDeadlines().contains(DeadlineKind.HANDLING)), suppress),
                days(closed.stream().map(f -> ChronoUnit.DAYS.between(f.registration().receivedOn(), f.ending().endedOn()))
                        .toList(), suppress),
                breakdown(group, f -> f.ending() == null ? null : f.ending().kind(), suppress),
                breakdown(closed, f -> f.ending().judgement(), suppress),
                cell(count(group, f -> !f.progress().heard().isEmpty()
                        || (f.ending() != null && Boolean.TRUE.equals(f.ending().hearingHeld()))), suppress),
                breakdown(group, FactScanningKpiService::waiverGround, suppress),
                cell(count(group, f -> kind(f) == Ending.Kind.RESOLVED_INFORMALLY), suppress),
                breakdown(group, f -> kind(f) == Ending.Kind.NOT_HANDLED ? f.ending().notHandlingGround() : null, suppress),
                cell(withActions, suppress),
                suppress && policy.isSmall(withActions) ? Cell.hidden() : Cell.of(actions),
                cell(count(group, f -> f.ombudsmanReferral() != null), suppress),
                cell(count(group, f -> repeats.bySameComplainant(f) || repeats.bySameTeamAndCategory(f)), suppress),
                cell(bySameComplainant, suppress),
                cell(bySameTeamAndCategory, suppress));
    }

    private static Ending.Kind kind(ComplaintFact fact) {
        return fact.ending() == null ? null : fact.ending().kind();
    }

    private static Object waiverGround(ComplaintFact fact) {
        if (fact.progress().waiverGround() != null) {
            return fact.progress().waiverGround();
        }
        return fact.ending() == null ? null : fact.ending().hearingWaiverGround();
    }

    private static long count(List<ComplaintFact> facts, Predicate<ComplaintFact> which) {
        return facts.stream().filter(which).count();
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
    private DayStatistics days(List<Long> days, boolean suppress) {
        return suppress && policy.isSmall(days.size()) ? DayStatistics.hidden() : DayStatistics.of(days);
    }

    private Map<String, Cell> breakdown(List<ComplaintFact> facts, Function<ComplaintFact, Object> key,
            boolean suppress) {
        Map<String, Long> counts = new HashMap<>();
        facts.forEach(fact -> {
            Object value = key.apply(fact);
            if (value != null) {
                counts.merge(value.toString(), 1L, Long::sum);
            }
        });
        return policy.breakdown(counts, suppress);
    }

    /**
     * Which complaints follow an earlier one within 12 months, on pseudonyms only: by the same
     * complainant, or about the same team and category. "Earlier" is by day of receipt, then by
     * complaint id, so two complaints on one day count the second one only. An anonymised complaint has no
     * pseudonym left: it is no longer a repeat by the same complainant, nor the earlier complaint of one.
     */
    static final class Repeats {
        private final Map<String, List<ComplaintFact>> byComplainant = new HashMap<>();
        private final Map<String, List<ComplaintFact>> byTeamAndCategory = new HashMap<>();

        Repeats(List<ComplaintFact> history) {
            history.forEach(fact -> {
                if (fact.registration().complainantRef() != null) {
                    byComplainant.computeIfAbsent(fact.registration().complainantRef(), k -> new ArrayList<>()).add(fact);
                }
                byTeamAndCategory.computeIfAbsent(teamAndCategory(fact), k -> new ArrayList<>()).add(fact);
            });
        }

        boolean bySameComplainant(ComplaintFact fact) {
            String ref = fact.registration().complainantRef();
            return ref != null && hasEarlier(byComplainant.get(ref), fact);
        }

        boolean bySameTeamAndCategory(ComplaintFact fact) {
            return fact.registration().team() != null && hasEarlier(byTeamAndCategory.get(teamAndCategory(fact)), fact);
        }

        private static String teamAndCategory(ComplaintFact fact) {
            return fact.registration().team() + "|" + fact.registration().category();
        }

        private static boolean hasEarlier(List<ComplaintFact> candidates, ComplaintFact fact) {
            LocalDate received = fact.registration().receivedOn();
            LocalDate windowStart = received.minusMonths(REPEAT_WINDOW_MONTHS);
            return candidates != null && candidates.stream().anyMatch(other -> {
                LocalDate day = other.registration().receivedOn();
                return !day.isBefore(windowStart) && (day.isBefore(received)
                        || (day.equals(received) && other.complaintId().compareTo(fact.complaintId()) < 0));
            });
        }
    }
}
