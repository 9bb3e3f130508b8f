package nl.klachtroute.analytics.summary;

/**
 * One number of a summary, or the fact that it is suppressed because it is too small to publish.
 *
 * @param count null when suppressed
 */
public record Cell(Long count, boolean suppressed) {

    public static Cell of(long count) {
        return new Cell(count, false);
    }

    public static Cell hidden() {
        return new Cell(null, true);
    }
}
