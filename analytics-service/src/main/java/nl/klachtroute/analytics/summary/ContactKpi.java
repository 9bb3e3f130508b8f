package nl.klachtroute.analytics.summary;

/**
 * Share of complaints whose citizen was contacted within 5 working days (Amsterdam practice).
 *
 * @param count      contacted within the deadline; null when suppressed
 * @param due        contacted, or past the contact deadline; null when suppressed
 * @param share      count / due, rounded to three decimals; null when nothing is due yet or suppressed
 * @param suppressed too few complaints to publish
 */
public record ContactKpi(Long count, Long due, Double share, boolean suppressed) {

    static ContactKpi of(long count, long due) {
        Double share = due == 0 ? null : Math.round(1000.0 * count / due) / 1000.0;
        return new ContactKpi(count, due, share, false);
    }

    static ContactKpi hidden() {
        return new ContactKpi(null, null, null, true);
    }
}
