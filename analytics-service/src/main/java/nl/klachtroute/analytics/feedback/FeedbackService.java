package nl.klachtroute.analytics.feedback;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.kpi.Ratio;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.RespectAnswer;

/**
 * The citizens' answers to the satisfaction check as figures for analysts and the council: per period and
 * department or category of the complaint, the number of answers, mean satisfaction and trust, the shares treated
 * with respect, the response rate and how often an unhappy answer was followed by a reopening or a referral.
 * <p>
 * Opinions are personal, so every cell is suppressed when it holds fewer answers than the small-cell threshold,
 * wherever it is cut, and the smallest other rows too where the rows would reveal it from the total.
 * <p>
 * Answers count in the period of the day they were given. The response rate counts closures in the period of the
 * closure day: of the complaints whose current ending is a closure in that period, those with an answer given on
 * or after it. Answers come within the link's validity after the closure, so a period's rate can still rise for
 * those days after it ends.
 */
public final class FeedbackService {

    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::period)
            .thenComparing(RowKey::group, Comparator.nullsFirst(Comparator.naturalOrder()));
    private final FeedbackAnswers answers;
    private final ComplaintFactLookup facts;
    private final SmallCellPolicy policy;

    public FeedbackService(FeedbackAnswers answers, ComplaintFactLookup facts, SmallCellPolicy policy) {
        this.answers = answers;
        this.facts = facts;
        this.policy = policy;
    }

    public int smallCellThreshold() {
        return policy.threshold();
    }

    /** The whole period, organisation-wide, as one cell. */
    public FeedbackFigures total(LocalDate from, LocalDate to) {
        return report(FeedbackQuery.whole(from, to)).total();
    }

    public FeedbackReport report(FeedbackQuery query) {
        List<FeedbackAnswer> given = answers.answeredBetween(query.from(), query.to());
        Map<String, ComplaintFact> answered = facts.find(given.stream().map(FeedbackAnswer::complaintId)
                .collect(Collectors.toSet()));
        List<ComplaintFact> closed = facts.closedBetween(query.from(), query.to()).stream()
                .filter(fact -> inScope(query, fact)).toList();
        Map<String, List<FeedbackAnswer>> answersOfClosed = closed.isEmpty() ? Map.of()
                : answers.ofComplaints(closed.stream().map(ComplaintFact::complaintId).collect(Collectors.toSet()))
                        .stream().collect(Collectors.groupingBy(FeedbackAnswer::complaintId));

        Map<RowKey, Tally> rows = new TreeMap<>(ORDER);
        Tally total = new Tally();
        for (FeedbackAnswer answer : given) {
            ComplaintFact fact = answered.get(answer.complaintId());
            if (!inScope(query, fact)) {
                continue;
            }
            boolean followedUp = answer.unhappy() && followedUp(answer, fact);
            for (Tally tally : List.of(total, rows.computeIfAbsent(key(query, answer.answeredOn(), fact),
                    k -> new Tally()))) {
                tally.answer(answer, followedUp);
            }
        }
        for (ComplaintFact fact : closed) {
            LocalDate closedOn = fact.ending().endedOn();
            boolean responded = answersOfClosed.getOrDefault(fact.complaintId(), List.of()).stream()
                    .anyMatch(answer -> !answer.answeredOn().isBefore(closedOn));
            for (Tally tally : List.of(total, rows.computeIfAbsent(key(query, closedOn, fact), k -> new Tally()))) {
                tally.closure(responded);
            }
        }

        // The rows add up to the total: hide more rows where one hidden row could be told from the others.
        Map<String, Long> counts = new HashMap<>();
        rows.forEach((key, tally) -> counts.put(key.id(), tally.answers));
        Set<String> hidden = policy.breakdown(counts, true).entrySet().stream().filter(e -> e.getValue().suppressed())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<FeedbackRow> shown = rows.entrySet().stream().map(e -> new FeedbackRow(e.getKey().period(),
                e.getKey().group(), hidden.contains(e.getKey().id()) ? FeedbackFigures.hidden() : figures(e.getValue())))
                .toList();
        return new FeedbackReport(query, policy.threshold(), figures(total), shown);
    }

    /** Without a department every answer counts, also one whose complaint analytics has not seen registered. */
    private static boolean inScope(FeedbackQuery query, ComplaintFact fact) {
        return query.department() == null
                || fact != null && fact.registered() && query.department().equals(fact.registration().department());
    }

    private static RowKey key(FeedbackQuery query, LocalDate day, ComplaintFact fact) {
        return new RowKey(query.granularity().label(day), query.groupBy().keyOf(fact));
    }

    /**
     * The complaint was reopened (its latest reopening) or referred to the ombudsman (its first referral) on or after
     * the day of the answer.
     */
    static boolean followedUp(FeedbackAnswer answer, ComplaintFact fact) {
        if (fact == null) {
            return false;
        }
        LocalDate day = answer.answeredOn();
        return fact.reopenedOn() != null && !fact.reopenedOn().isBefore(day)
                || fact.ombudsmanReferral() != null && !fact.ombudsmanReferral().referredOn().isBefore(day);
    }

    private FeedbackFigures figures(Tally tally) {
        if (policy.isSmall(tally.answers)) {
            return FeedbackFigures.hidden();
        }
        long n = tally.answers;
        FeedbackFigures.RespectShares respect = n == 0 ? null : new FeedbackFigures.RespectShares(
                share(tally.respect.getOrDefault(RespectAnswer.YES, 0L), n),
                share(tally.respect.getOrDefault(RespectAnswer.PARTLY, 0L), n),
                share(tally.respect.getOrDefault(RespectAnswer.NO, 0L), n));
        return new FeedbackFigures(n, false, mean(tally.satisfaction, n), respect, mean(tally.trust, n),
                policy.isSmall(tally.responded) ? Ratio.hidden() : Ratio.of(tally.responded, tally.closed),
                policy.isSmall(tally.unhappy) ? Ratio.hidden() : Ratio.of(tally.followedUp, tally.unhappy));
    }

    private static Double mean(long sum, long n) {
        return n == 0 ? null : Math.round(100.0 * sum / n) / 100.0;
    }

    private static double share(long count, long n) {
        return Math.round(1000.0 * count / n) / 1000.0;
    }

    /** A row's place: its period label and group (null without a breakdown). */
    private record RowKey(String period, String group) {
        String id() {
            return period + "|" + (group == null ? "" : group);
        }
    }

    /** What one cell counts while the answers and closures are read. */
    private static final class Tally {
        long answers;
        long satisfaction;
        long trust;
        final Map<RespectAnswer, Long> respect = new EnumMap<>(RespectAnswer.class);
        long unhappy;
        long followedUp;
        long closed;
        long responded;

        void answer(FeedbackAnswer answer, boolean followedUpAfterwards) {
            answers++;
            satisfaction += answer.given().satisfaction();
            trust += answer.given().trust();
            respect.merge(answer.given().respect(), 1L, Long::sum);
            if (answer.unhappy()) {
                unhappy++;
                if (followedUpAfterwards) {
                    followedUp++;
                }
            }
        }

        void closure(boolean answered) {
            closed++;
            if (answered) {
                responded++;
            }
        }
    }
}
