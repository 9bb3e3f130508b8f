package nl.klachtroute.analytics.report;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static nl.klachtroute.analytics.feedback.CitizenAnswers.anAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.ReadModels;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.feedback.FeedbackService;
import nl.klachtroute.analytics.feedback.InMemoryFactLookup;
import nl.klachtroute.analytics.feedback.InMemoryFeedbackAnswers;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.complaint.ComplaintClosed;

/** The council's half year: the complaint figures as before, and the citizens' answers beside the half year before. */
class CouncilReportServiceTest {

    private static final LocalDate H1_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate H2_2025 = LocalDate.of(2025, 7, 1);
    private final List<ComplaintFact> facts = new ArrayList<>();
    private final InMemoryFactLookup lookup = new InMemoryFactLookup();
    private final InMemoryFeedbackAnswers answers = new InMemoryFeedbackAnswers();
    private int next;

    private CouncilReport report() {
        SmallCellPolicy policy = new SmallCellPolicy(5);
        KpiService kpis = new KpiService(ReadModels.of(facts).cube(), policy,
                Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam"));
        return new CouncilReportService(kpis, new FeedbackService(answers, lookup, policy)).report(2026, 1);
    }

    /** A complaint received at the start of the half year and closed a month later; answered when given a score. */
    private void closedIn(LocalDate halfYear, Integer satisfaction, RespectAnswer respect, int trust) {
        String id = "K-" + next++;
        LocalDate closedOn = halfYear.plusMonths(1);
        ComplaintFact fact = ComplaintFact.unknown(id).apply(aComplaint(id).receivedOn(halfYear).registered())
                .apply(new ComplaintClosed(closedOn, Judgement.GEGROND, 0, true, null, true, closedOn.plusYears(1)));
        facts.add(fact);
        lookup.store(fact);
        if (satisfaction != null) {
            answers.store(anAnswer("F-" + id).about(id).givenOn(closedOn.plusDays(4)).satisfaction(satisfaction)
                    .respect(respect).trust(trust).answer());
        }
    }

    private static CouncilReport.Line line(CouncilReport report, String figure) {
        return report.feedback().stream().filter(l -> l.figure().startsWith(figure)).findFirst().orElseThrow();
    }

    @Test
    void withoutASingleAnswerTheReportSaysSatisfactionIsNotMeasuredYet() {
        closedIn(H1_2026, null, null, 0);

        CouncilReport report = report();

        assertThat(report.satisfaction()).isEqualTo(CouncilReport.SATISFACTION_NOT_MEASURED);
        assertThat(report.feedback()).isEmpty();
        assertThat(report.lines()).extracting(CouncilReport.Line::figure).contains("Ontvangen klachten");
    }

    @Test
    void theHalfYearsAnswersStandBesideThoseOfTheHalfYearBeforeWithTheChange() {
        int[] satisfaction = { 5, 4, 4, 3, 2, 1 };
        int[] trust = { 4, 4, 3, 3, 2, 2 };
        for (int i = 0; i < 6; i++) {
            closedIn(H1_2026, satisfaction[i], i < 3 ? RespectAnswer.YES : RespectAnswer.PARTLY, trust[i]);
        }
        closedIn(H1_2026, null, null, 0);
        closedIn(H1_2026, null, null, 0);
        for (int i = 0; i < 5; i++) {
            closedIn(H2_2025, 3, RespectAnswer.YES, 4);
        }

        CouncilReport report = report();

        assertThat(report.satisfaction()).isEqualTo(CouncilReport.SATISFACTION_MEASURED);
        assertThat(report.feedback()).containsExactly(
                new CouncilReport.Line("Antwoorden op de tevredenheidsvraag na afsluiting", "6", "5", "+1"),
                new CouncilReport.Line("Tevredenheid over de behandeling, gemiddeld (1-5)", "3,2", "3,0", "+0,2"),
                new CouncilReport.Line("Met respect behandeld (ja)", "50%", "100%", "-50 procentpunt"),
                new CouncilReport.Line("Vertrouwen in de gemeente, gemiddeld (1-5)", "3,0", "4,0", "-1,0"),
                new CouncilReport.Line("Respons: afgesloten klachten met een antwoord", "75% (6 van 8)",
                        "100% (5 van 5)", "-25 procentpunt"),
                new CouncilReport.Line("Ontevreden antwoorden gevolgd door heropening of ombudsman", "<5", "-", ""));
    }

    @Test
    void aHalfYearWithTooFewAnswersShowsNoFiguresLikeTheOtherSmallLines() {
        for (int i = 0; i < 3; i++) {
            closedIn(H1_2026, 1, RespectAnswer.NO, 1);
        }
        closedIn(H2_2025, null, null, 0);

        CouncilReport report = report();

        assertThat(report.satisfaction()).as("measured, too few to show").isEqualTo(CouncilReport.SATISFACTION_MEASURED);
        assertThat(report.feedback()).extracting(CouncilReport.Line::now).containsOnly("<5");
        assertThat(line(report, "Antwoorden").before()).isEqualTo("0");
        assertThat(line(report, "Tevredenheid").before()).isEqualTo("-");
        assertThat(line(report, "Respons").before()).as("no answer to the one closure").isEqualTo("0% (0 van 1)");
        assertThat(report.feedback()).extracting(CouncilReport.Line::change).containsOnly("");
    }
}
