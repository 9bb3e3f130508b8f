package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.analytics.kpi.Kpis;
import nl.klachtroute.events.FeedbackReading;

/**
 * The twice-yearly progress report to the council (seed 002): the key figures of one half year beside those
 * of the half year before, and what citizens answered to the satisfaction check after closure (issue 9).
 *
 * @param half         1 (January to June) or 2 (July to December)
 * @param lines        the complaint figures, each with the previous half year's value and the change
 * @param onTimeTarget WPI's own target for handling in time
 * @param satisfaction what the feedback lines mean, or {@link #SATISFACTION_NOT_MEASURED} while neither half year
 *                     has a single answer
 * @param feedback     satisfaction, respect, trust, response rate and follow-up of unhappy answers, as the lines;
 *                     empty while nothing was measured
 */
public record CouncilReport(int year, int half, LocalDate from, LocalDate to, Kpis kpis, Kpis previous,
        List<Line> lines, double onTimeTarget, String satisfaction, List<Line> feedback) {

    public static final String SATISFACTION_NOT_MEASURED = "Nog niet gemeten: tevredenheid, bejegening en "
            + "vertrouwen worden na afsluiting gevraagd zodra de feedbackvragen in gebruik zijn.";

    public static final String SATISFACTION_MEASURED = "Na afsluiting van een klacht vragen we de klager: hoe tevreden "
            + "bent u over de behandeling (1 tot 5), bent u met respect behandeld (ja, een beetje, nee) en hoeveel "
            + "vertrouwen hebt u in de gemeente (1 tot 5)? Antwoorden tellen in het halfjaar waarin ze gegeven zijn; "
            + "de respons is het deel van de in het halfjaar afgesloten klachten waarop na afsluiting is geantwoord. "
            + "Ontevreden is een tevredenheid van " + FeedbackReading.UNHAPPY_AT_MOST + " of lager, of niet met respect "
            + "behandeld. Bij te weinig antwoorden tonen we geen cijfers.";

    public CouncilReport {
        lines = List.copyOf(lines);
        feedback = List.copyOf(feedback);
    }

    /** Whether any citizen answered the satisfaction check in either half year. */
    public boolean satisfactionMeasured() {
        return !feedback.isEmpty();
    }

    /**
     * One figure of the report.
     *
     * @param figure   what it counts, in Dutch
     * @param now      this half year, as shown ({@code <5} when suppressed)
     * @param before   the half year before
     * @param change   the difference, with a sign, or empty when either side is not a number
     */
    public record Line(String figure, String now, String before, String change) {
    }

    /** {@code 2026-H1}. */
    public String label() {
        return year + "-H" + half;
    }
}
