package nl.klachtroute.analytics.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Computes the analyst's summary and applies small-cell suppression to it. */
public final class SummaryService {

    private final FactStatistics statistics;
    private final SmallCellPolicy policy;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone where the route's days are counted (Europe/Amsterdam) */
    public SummaryService(FactStatistics statistics, SmallCellPolicy policy, Clock clock, ZoneId zone) {
        this.statistics = statistics;
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
    }

    public Summary summarise(SummaryFilter filter) {
        boolean suppress = filter.narrowsToOneDepartment();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        FactStatistics.ContactCounts contact = statistics.contactCounts(filter, today);
        return new Summary(filter, policy.threshold(), suppress,
                policy.cell(statistics.count(filter), suppress),
                breakdown(Dimension.CATEGORY, filter, suppress),
                breakdown(Dimension.DEPARTMENT, filter, suppress),
                breakdown(Dimension.ROUTE, filter, suppress),
                breakdown(Dimension.CHANNEL, filter, suppress),
                breakdown(Dimension.QUARTER, filter, suppress),
                policy.contactKpi(contact.withinDeadline(), contact.due(), suppress));
    }

    private Map<String, Cell> breakdown(Dimension dimension, SummaryFilter filter, boolean suppress) {
        return policy.breakdown(statistics.countBy(dimension, filter), suppress);
    }
}
