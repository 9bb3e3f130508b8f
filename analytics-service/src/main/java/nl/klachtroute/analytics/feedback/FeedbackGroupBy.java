package nl.klachtroute.analytics.feedback;

import nl.klachtroute.analytics.facts.ComplaintFact;

/** What feedback rows are broken down by within a period; {@link #NONE} gives one row per period. */
public enum FeedbackGroupBy {
    NONE,
    /** afdeling of the complaint */
    DEPARTMENT,
    /** category of the complaint */
    CATEGORY;

    /** Shown for an answer whose complaint analytics has not (yet) seen registered. */
    public static final String UNKNOWN = "ONBEKEND";

    /** @param fact the complaint's fact, null when analytics does not know the complaint */
    String keyOf(ComplaintFact fact) {
        if (this == NONE) {
            return null;
        }
        if (fact == null || !fact.registered()) {
            return UNKNOWN;
        }
        Object value = this == DEPARTMENT ? fact.registration().department() : fact.registration().category();
        return value == null ? UNKNOWN : value.toString();
    }
}
