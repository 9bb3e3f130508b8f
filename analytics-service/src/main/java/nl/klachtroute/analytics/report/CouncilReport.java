package nl.klachtroute.analytics.report;

import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.analytics.kpi.Kpis;

/**
 * The twice-yearly progress report to the council (seed 002): the key figures of one half year beside those
 * of the half year before. Citizen satisfaction, respect and trust are not measured yet (issue 9 adds the
 * feedback after closure); the report says so instead of showing a number.
 *
 * @param half     1 (January to June) or 2 (July to December)
 * @param lines    the figures, each with the previous half year's value and the change
 * @param onTimeTarget WPI's own target for handling in time
 */
public record CouncilReport(int year, int half, LocalDate from, LocalDate to, Kpis kpis, Kpis previous,
        List<Line> lines, double onTimeTarget, String satisfaction) {

    public static final String SATISFACTION_NOT_MEASURED = "Nog niet gemeten: tevredenheid, bejegening en "
            + "vertrouwen worden na afsluiting gevraagd zodra de feedbackvragen in gebruik zijn.";

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
