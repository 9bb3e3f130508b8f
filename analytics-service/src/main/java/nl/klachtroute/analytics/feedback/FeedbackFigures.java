package nl.klachtroute.analytics.feedback;

import nl.klachtroute.analytics.kpi.Ratio;

/**
 * The feedback figures of one cell (a period, a group, or the whole query). A cell with fewer answers than the
 * small-cell threshold shows none of them: only {@code suppressed}.
 *
 * @param answers           answers given in the cell's period; null when suppressed
 * @param meanSatisfaction  mean satisfaction with the handling, 1-5, two decimals; null without answers
 * @param respect           shares of the answers treated with respect yes / partly / no; null without answers
 * @param meanTrust         mean trust in the municipality, 1-5, two decimals; null without answers
 * @param responseRate      of the complaints closed in the cell's period, those with an answer given on or after
 *                          that closure ({@code count} of {@code of}); suppressed when fewer answered than the
 *                          threshold
 * @param unhappyFollowedUp of the cell's unhappy answers ({@code of}), those followed by a reopening or an ombudsman
 *                          referral on or after the answer day ({@code count}); suppressed when fewer unhappy
 *                          answers than the threshold
 */
public record FeedbackFigures(Long answers, boolean suppressed, Double meanSatisfaction, RespectShares respect,
        Double meanTrust, Ratio responseRate, Ratio unhappyFollowedUp) {

    static FeedbackFigures hidden() {
        return new FeedbackFigures(null, true, null, null, null, null, null);
    }

    /** Whether any answer was given in the cell: a suppressed cell has some, too few to show. */
    public boolean measured() {
        return suppressed || answers != null && answers > 0;
    }

    /**
     * Shares of the answers per answer to "treated with respect?" (ja / een beetje / nee), three decimals.
     */
    public record RespectShares(double yes, double partly, double no) {
    }
}
