package nl.klachtroute.analytics.summary.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.klachtroute.analytics.facts.persistence.ComplaintFactDocument;
import nl.klachtroute.analytics.summary.Dimension;
import nl.klachtroute.analytics.summary.FactStatistics;
import nl.klachtroute.analytics.summary.SummaryFilter;

/**
 * The summary's counts as taken before the cube, scanning the facts: the oracle the cube must equal.
 * Counts with plain {@code $match}/{@code $group} aggregations, which both MongoDB and the embedded
 * store of the local stack run; the counting happens in the store, not in this JVM.
 */
public class MongoFactStatistics implements FactStatistics {

    /** Shown for a fact that lacks the dimension; the contract requires every dimension, so rare. */
    static final String UNKNOWN = "ONBEKEND";
    private final MongoOperations mongo;
    private final Supplier<String> collection;

    public MongoFactStatistics(MongoOperations mongo, Supplier<String> collection) {
        this.collection = collection;
        this.mongo = mongo;
    }

    @Override
    public long count(SummaryFilter filter) {
        return mongo.count(Query.query(matching(filter)), collection.get());
    }

    @Override
    public Map<String, Long> countBy(Dimension dimension, SummaryFilter filter) {
        Map<String, Long> counts = new HashMap<>();
        mongo.aggregate(newAggregation(match(matching(filter)), group(path(dimension)).count().as("count")),
                collection.get(), Document.class)
                .forEach(row -> counts.merge(row.get("_id") == null ? UNKNOWN : row.get("_id").toString(),
                        ((Number) row.get("count")).longValue(), Long::sum));
        return counts;
    }

    @Override
    public ContactCounts contactCounts(SummaryFilter filter, LocalDate today) {
        Criteria due = new Criteria().orOperator(where(ComplaintFactDocument.CONTACTED_ON).exists(true),
                where(ComplaintFactDocument.CONTACT_DEADLINE).lt(today));
        long dueCount = mongo.count(Query.query(new Criteria().andOperator(matching(filter), due)),
                collection.get());
        long withinDeadline = mongo.count(Query.query(new Criteria().andOperator(matching(filter),
                where(ComplaintFactDocument.CONTACTED_WITHIN_DEADLINE).is(true))), collection.get());
        return new ContactCounts(dueCount, withinDeadline);
    }

    /** Registered complaints only: a fact whose registration has not arrived yet has no dimensions. */
    private static Criteria matching(SummaryFilter filter) {
        List<Criteria> all = new ArrayList<>();
        Criteria received = where(ComplaintFactDocument.RECEIVED_ON).exists(true);
        if (filter.from() != null) {
            received = received.gte(filter.from());
        }
        if (filter.to() != null) {
            received = received.lte(filter.to());
        }
        all.add(received);
        if (filter.department() != null) {
            all.add(where(ComplaintFactDocument.DEPARTMENT).is(filter.department()));
        }
        return new Criteria().andOperator(all);
    }

    private static String path(Dimension dimension) {
        return switch (dimension) {
            case CATEGORY -> ComplaintFactDocument.CATEGORY;
            case DEPARTMENT -> ComplaintFactDocument.DEPARTMENT;
            case ROUTE -> ComplaintFactDocument.ROUTE;
            case CHANNEL -> ComplaintFactDocument.CHANNEL;
            case QUARTER -> ComplaintFactDocument.QUARTER;
        };
    }
}
