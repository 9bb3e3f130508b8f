package nl.klachtroute.analytics.feedback;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static nl.klachtroute.analytics.feedback.CitizenAnswers.anAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.kpi.Granularity;
import nl.klachtroute.analytics.kpi.Ratio;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.support.problem.RuleViolationException;

/** Answers and complaint facts in, the figures of issue 9 out, with every small cell of answers suppressed. */
class FeedbackServiceTest {

    private static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);
    private final InMemoryFeedbackAnswers answers = new InMemoryFeedbackAnswers();
    private final InMemoryFactLookup facts = new InMemoryFactLookup();

    private FeedbackReport report(FeedbackQuery query) {
        return new FeedbackService(answers, facts, new SmallCellPolicy(5)).report(query);
    }

    private static FeedbackQuery perQuarter(LocalDate from, LocalDate to) {
        return new FeedbackQuery(Granularity.QUARTER, from, to, FeedbackGroupBy.NONE, null);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static ComplaintClosed closure(LocalDate on) {
        return new ComplaintClosed(on, Judgement.GEGROND, 0, true, null, true, on.plusYears(1));
    }

    /** A complaint received six weeks before it was closed on the day, then whatever happened after. */
    private void closed(String id, String department, Category category, LocalDate closedOn, DomainEvent... after) {
        ComplaintFact fact = ComplaintFact.unknown(id).apply(aComplaint(id).in(department, department + " Oost")
                .about(category).receivedOn(closedOn.minusWeeks(6)).registered()).apply(closure(closedOn));
        for (DomainEvent event : after) {
            fact = fact.apply(event);
        }
        facts.store(fact);
    }

    private void closedInWerk(String id, LocalDate closedOn, DomainEvent... after) {
        closed(id, "Werk", Category.TIJDIGHEID, closedOn, after);
    }

    private void given(CitizenAnswers answer) {
        answers.store(answer.answer());
    }

    @Test
    void answersCountInTheQuarterTheyWereGivenWithMeanScoresAndTheSharesTreatedWithRespect() {
        int[] satisfaction = { 5, 4, 4, 3, 2, 1 };
        int[] trust = { 4, 4, 3, 3, 2, 2 };
        RespectAnswer[] respect = { RespectAnswer.YES, RespectAnswer.YES, RespectAnswer.YES, RespectAnswer.PARTLY,
            RespectAnswer.PARTLY, RespectAnswer.NO };
        for (int i = 0; i < 6; i++) {
            closedInWerk("K-" + i, day(1, 10 + i));
            given(anAnswer("F-" + i).about("K-" + i).givenOn(day(1, 20 + i)).satisfaction(satisfaction[i])
                    .respect(respect[i]).trust(trust[i]));
        }
        closedInWerk("K-unanswered", day(2, 3));

        FeedbackReport report = report(perQuarter(Q1_START, day(6, 30)));

        FeedbackFigures total = report.total();
        assertThat(total.suppressed()).isFalse();
        assertThat(total.answers()).isEqualTo(6);
        assertThat(total.meanSatisfaction()).as("19 / 6").isEqualTo(3.17);
        assertThat(total.meanTrust()).isEqualTo(3.0);
        assertThat(total.respect()).isEqualTo(new FeedbackFigures.RespectShares(0.5, 0.333, 0.167));
        assertThat(total.responseRate()).isEqualTo(new Ratio(6L, 7L, 0.857, false));
        assertThat(total.unhappyFollowedUp()).as("two unhappy answers are too few to show").isEqualTo(Ratio.hidden());
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.period()).isEqualTo("2026-Q1");
            assertThat(row.group()).isNull();
            assertThat(row.figures()).isEqualTo(total);
        });
        assertThat(report.smallCellThreshold()).isEqualTo(5);
    }

    @Test
    void aCellWithFewerAnswersThanTheThresholdShowsOnlyThatItIsSuppressed() {
        for (int i = 0; i < 4; i++) {
            closedInWerk("K-" + i, day(1, 10 + i));
            given(anAnswer("F-" + i).about("K-" + i).givenOn(day(1, 20 + i)).satisfaction(1));
        }

        FeedbackReport report = report(perQuarter(Q1_START, Q1_END));

        FeedbackFigures nothingButSuppressed = new FeedbackFigures(null, true, null, null, null, null, null);
        assertThat(report.total()).isEqualTo(nothingButSuppressed);
        assertThat(report.total().measured()).as("answered, too few to show").isTrue();
        assertThat(report.rows()).extracting(FeedbackRow::figures).containsExactly(nothingButSuppressed);
    }

    @Test
    void closuresWithoutAnyAnswerShowNoAnswersAndAResponseRateOfNothing() {
        closedInWerk("K-1", day(1, 10));
        closedInWerk("K-2", day(2, 10));

        FeedbackFigures total = report(perQuarter(Q1_START, Q1_END)).total();

        assertThat(total.suppressed()).as("zero points at nobody").isFalse();
        assertThat(total.answers()).isZero();
        assertThat(total.meanSatisfaction()).isNull();
        assertThat(total.respect()).isNull();
        assertThat(total.responseRate()).isEqualTo(new Ratio(0L, 2L, 0.0, false));
        assertThat(total.measured()).isFalse();
    }

    @Test
    void oneSmallDepartmentIsHiddenWithTheNextSmallestSoTheTotalDoesNotRevealIt() {
        int n = 0;
        for (Object[] department : new Object[][] { { "Werk", 6 }, { "Inkomen", 7 }, { "Activering", 3 } }) {
            for (int i = 0; i < (Integer) department[1]; i++, n++) {
                closed("K-" + n, (String) department[0], Category.BEJEGENING, day(2, 1));
                given(anAnswer("F-" + n).about("K-" + n).givenOn(day(2, 10)).satisfaction(1 + n % 5));
            }
        }

        FeedbackReport report = report(new FeedbackQuery(Granularity.YEAR, Q1_START, day(12, 31),
                FeedbackGroupBy.DEPARTMENT, null));

        assertThat(report.total().answers()).isEqualTo(16);
        assertThat(report.rows()).extracting(FeedbackRow::period).containsOnly("2026");
        assertThat(report.rows()).extracting(FeedbackRow::group).containsExactly("Activering", "Inkomen", "Werk");
        assertThat(report.rows()).extracting(row -> row.figures().suppressed()).containsExactly(true, false, true);
        assertThat(report.rows().get(1).figures().answers()).isEqualTo(7);
        assertThat(report.rows().get(0).figures().answers()).isNull();
    }

    @Test
    void anAnswerCountsForTheDepartmentAndCategoryOfItsComplaintAndAnUnknownComplaintOnlyOrganisationWide() {
        for (int i = 0; i < 5; i++) {
            closed("K-" + i, "Inkomen", Category.PRIVACY, day(1, 5));
            given(anAnswer("F-" + i).about("K-" + i).givenOn(day(1, 12)));
        }
        given(anAnswer("F-unknown").about("K-not-seen-yet").givenOn(day(1, 12)));

        FeedbackReport byCategory = report(new FeedbackQuery(Granularity.QUARTER, Q1_START, Q1_END,
                FeedbackGroupBy.CATEGORY, null));
        FeedbackReport inkomen = report(new FeedbackQuery(Granularity.QUARTER, Q1_START, Q1_END,
                FeedbackGroupBy.CATEGORY, "Inkomen"));
        FeedbackReport werk = report(new FeedbackQuery(Granularity.QUARTER, Q1_START, Q1_END, FeedbackGroupBy.NONE,
                "Werk"));

        assertThat(byCategory.total().answers()).isEqualTo(6);
        assertThat(byCategory.rows()).extracting(FeedbackRow::group).containsExactly(FeedbackGroupBy.UNKNOWN, "PRIVACY");
        assertThat(inkomen.total().answers()).isEqualTo(5);
        assertThat(inkomen.rows()).singleElement().satisfies(row -> {
            assertThat(row.group()).isEqualTo("PRIVACY");
            assertThat(row.figures().answers()).isEqualTo(5);
            assertThat(row.figures().responseRate()).isEqualTo(new Ratio(5L, 5L, 1.0, false));
        });
        assertThat(werk.total().answers()).isZero();
        assertThat(werk.rows()).isEmpty();
    }

    @Test
    void theResponseRateCountsClosuresByClosureDayAndAnAnswerOnlyForTheClosureItFollowed() {
        for (int i = 1; i <= 5; i++) {
            closedInWerk("K-" + i, day(1, 5 + i));
            given(anAnswer("F-" + i).about("K-" + i).givenOn(day(1, 15 + i)));
        }
        // Closed at the end of the quarter, answered in the next: responded, in the quarter of its closure.
        closedInWerk("K-late", day(3, 30));
        given(anAnswer("F-late").about("K-late").givenOn(day(4, 3)));
        // Answered after its first closure, reopened and closed again without a new answer: not responded.
        closedInWerk("K-again", LocalDate.of(2025, 12, 1), new ComplaintReopened(LocalDate.of(2025, 12, 20)),
                closure(day(1, 10)));
        given(anAnswer("F-again").about("K-again").givenOn(LocalDate.of(2025, 12, 5)));
        // Answered, then reopened and still open: no closure any more, its answer still counts as an answer.
        closedInWerk("K-open", day(2, 1), new ComplaintReopened(day(2, 20)));
        given(anAnswer("F-open").about("K-open").givenOn(day(2, 3)));

        FeedbackReport first = report(perQuarter(Q1_START, Q1_END));
        FeedbackReport second = report(perQuarter(day(4, 1), day(6, 30)));

        assertThat(first.total().answers()).as("K-1..5 and K-open").isEqualTo(6);
        assertThat(first.total().responseRate()).as("K-1..5 and K-late of those, K-again").isEqualTo(
                new Ratio(6L, 7L, 0.857, false));
        assertThat(second.total()).as("one answer, no closure").extracting(FeedbackFigures::suppressed).isEqualTo(true);
    }

    @Test
    void theFollowUpShareCountsUnhappyAnswersFollowedByAReopeningOrAReferralOnOrAfterTheAnswerDay() {
        LocalDate answered = day(1, 10);
        closedInWerk("K-reopened", day(1, 5), new ComplaintReopened(day(1, 20)));
        given(anAnswer("F-1").about("K-reopened").givenOn(answered).satisfaction(1));
        closedInWerk("K-referred", day(1, 5), new OmbudsmanReferralMade(day(2, 1), false));
        given(anAnswer("F-2").about("K-referred").givenOn(answered).satisfaction(2).respect(RespectAnswer.PARTLY));
        closedInWerk("K-same-day", day(1, 5), new ComplaintReopened(answered));
        given(anAnswer("F-3").about("K-same-day").givenOn(answered).satisfaction(3).respect(RespectAnswer.NO));
        closedInWerk("K-referred-before", day(1, 5), new OmbudsmanReferralMade(LocalDate.of(2025, 12, 15), true));
        given(anAnswer("F-4").about("K-referred-before").givenOn(answered).satisfaction(1));
        closedInWerk("K-left", day(1, 5));
        given(anAnswer("F-5").about("K-left").givenOn(answered).satisfaction(2));
        closedInWerk("K-disrespected", day(1, 5));
        given(anAnswer("F-6").about("K-disrespected").givenOn(answered).satisfaction(4).respect(RespectAnswer.NO));
        closedInWerk("K-reopened-before", day(1, 5), new ComplaintReopened(day(1, 8)));
        given(anAnswer("F-7").about("K-reopened-before").givenOn(answered).satisfaction(1));
        // Content, and reopened all the same: not an unhappy answer, so not in the share.
        closedInWerk("K-content", day(1, 5), new ComplaintReopened(day(1, 20)));
        given(anAnswer("F-8").about("K-content").givenOn(answered).satisfaction(5));

        FeedbackFigures total = report(perQuarter(Q1_START, Q1_END)).total();

        assertThat(total.answers()).isEqualTo(8);
        assertThat(total.unhappyFollowedUp()).as("reopened, referred, reopened the same day of 7 unhappy")
                .isEqualTo(new Ratio(3L, 7L, 0.429, false));
    }

    @Test
    void anAnswerGivenAgainCountsOnce() {
        for (int i = 0; i < 5; i++) {
            closedInWerk("K-" + i, day(1, 5));
            CitizenAnswers answer = anAnswer("F-" + i).about("K-" + i).givenOn(day(1, 9)).satisfaction(i + 1);
            given(answer);
            given(answer); // redelivered
        }

        FeedbackFigures total = report(perQuarter(Q1_START, Q1_END)).total();

        assertThat(total.answers()).isEqualTo(5);
        assertThat(total.meanSatisfaction()).isEqualTo(3.0);
        assertThat(total.responseRate()).isEqualTo(new Ratio(5L, 5L, 1.0, false));
    }

    @Test
    void anUnhappyAnswerIsReadAsTheRouteReadsIt() {
        assertThat(anAnswer("F-1").satisfaction(2).respect(RespectAnswer.YES).answer().unhappy()).isTrue();
        assertThat(anAnswer("F-2").satisfaction(5).respect(RespectAnswer.NO).answer().unhappy()).isTrue();
        assertThat(anAnswer("F-3").satisfaction(3).respect(RespectAnswer.PARTLY).answer().unhappy()).isFalse();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> perQuarter(Q1_END, Q1_START)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after");
    }
}
