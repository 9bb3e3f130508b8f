package nl.klachtroute.analytics.kpi;

/**
 * A share: {@code count} of {@code of}, with {@code share} rounded to three decimals.
 *
 * @param share null when nothing counts yet or when suppressed
 */
public record Ratio(Long count, Long of, Double share, boolean suppressed) {

    public static Ratio of(long count, long of) {
        return new Ratio(count, of, of == 0 ? null : Math.round(1000.0 * count / of) / 1000.0, false);
    }

    public static Ratio hidden() {
        return new Ratio(null, null, null, true);
    }
}
