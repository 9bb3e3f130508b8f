package nl.klachtroute.analytics.report;

import java.util.List;

/**
 * The ombudsman-style quarterly table (seed 004): per department per quarter the complaints received and
 * the referrals to the ombudsman, each with the change versus the previous quarter, plus totals.
 *
 * @param quarters    the quarters shown, in order
 * @param departments one line per department with complaints or referrals in the quarters shown or the one before
 * @param total       all departments together
 */
public record QuarterlyTable(Quarter from, Quarter to, List<Quarter> quarters, List<Line> departments, Line total) {

    /**
     * @param complaints         per quarter shown
     * @param ombudsmanReferrals per quarter shown
     */
    public record Line(String department, List<Figure> complaints, List<Figure> ombudsmanReferrals,
            long complaintsTotal, long ombudsmanReferralsTotal) {
    }

    /**
     * @param change versus the previous quarter: positive is a rise (stijging)
     */
    public record Figure(Quarter quarter, long count, long previous, long change) {

        /** As the ombudsman writes it: stijging, daling or gelijk. */
        public String trend() {
            return change > 0 ? "stijging" : change < 0 ? "daling" : "gelijk";
        }
    }
}
