package nl.klachtroute.analytics.kpi;

import java.util.function.Function;

import nl.klachtroute.analytics.facts.ComplaintFact;

/** What KPI rows are broken down by within a period; {@link #NONE} gives one row per period. */
public enum GroupBy {
    NONE(fact -> null),
    /** afdeling */
    DEPARTMENT(fact -> fact.registration().department()),
    TEAM(fact -> fact.registration().team()),
    CATEGORY(fact -> name(fact.registration().category())),
    CHANNEL(fact -> name(fact.registration().channel())),
    /** the route started, or the one the category implies before routing */
    ROUTE(fact -> name(fact.route()));

    /** Shown for a fact that lacks the dimension; the contract requires every dimension, so rare. */
    static final String UNKNOWN = "ONBEKEND";
    private final Function<ComplaintFact, String> key;

    GroupBy(Function<ComplaintFact, String> key) {
        this.key = key;
    }

    String keyOf(ComplaintFact fact) {
        if (this == NONE) {
            return null;
        }
        String value = key.apply(fact);
        return value == null ? UNKNOWN : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
