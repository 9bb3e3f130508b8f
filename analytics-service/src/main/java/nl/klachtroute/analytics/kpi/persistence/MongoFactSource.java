package nl.klachtroute.analytics.kpi.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.persistence.ComplaintFactDocument;
import nl.klachtroute.analytics.kpi.FactSource;

/** Registered facts by day of receipt, from the {@value ComplaintFactDocument#COLLECTION} collection. */
public class MongoFactSource implements FactSource {

    private final MongoOperations mongo;
    private final Supplier<String> collection;

    public MongoFactSource(MongoOperations mongo, Supplier<String> collection) {
        this.collection = collection;
        this.mongo = mongo;
    }

    @Override
    public List<ComplaintFact> receivedBetween(LocalDate from, LocalDate to) {
        Criteria received = ComplaintFactDocument.within(where(ComplaintFactDocument.RECEIVED_ON).exists(true),
                from, to);
        return mongo.find(Query.query(received), ComplaintFactDocument.class, collection.get()).stream()
                .map(ComplaintFactDocument::toFact).toList();
    }
}
