package nl.klachtroute.analytics.summary;

/** What a summary breaks the complaints down by. */
public enum Dimension {
    CATEGORY,
    /** afdeling */
    DEPARTMENT,
    ROUTE,
    CHANNEL,
    /** kwartaal of receipt, {@code 2026-Q2} */
    QUARTER
}
