package nl.klachtroute.analytics.facts;

/** Told of every stored change of a fact, after it is stored; the read-side aggregates follow from it. */
@FunctionalInterface
public interface FactChanges {

    FactChanges NONE = (before, after) -> {
    };

    /** @param before the fact as it was stored ({@link ComplaintFact#unknown} if it was not) */
    void changed(ComplaintFact before, ComplaintFact after);
}
