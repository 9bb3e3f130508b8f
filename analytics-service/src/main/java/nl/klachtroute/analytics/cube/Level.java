package nl.klachtroute.analytics.cube;

/** How long a cell's period of receipt is. */
public enum Level {
    YEAR, MONTH, DAY
}
