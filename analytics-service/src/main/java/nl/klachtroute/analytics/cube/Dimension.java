package nl.klachtroute.analytics.cube;

/** What a cell of the cube can be keyed by, besides its period of receipt. */
public enum Dimension {
    /** afdeling */
    DEPARTMENT,
    TEAM,
    CATEGORY,
    CHANNEL,
    /** the route started, or the one the category implies before routing (what KPIs group by) */
    ROUTE,
    /** the route as registered (what the summary groups by) */
    REGISTERED_ROUTE
}
