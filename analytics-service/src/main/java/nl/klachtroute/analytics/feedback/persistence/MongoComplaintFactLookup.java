package nl.klachtroute.analytics.feedback.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.Ending;
import nl.klachtroute.analytics.facts.persistence.ComplaintFactDocument;
import nl.klachtroute.analytics.facts.persistence.MongoComplaintFacts;
import nl.klachtroute.analytics.feedback.ComplaintFactLookup;

/** The complaint facts of the active generation, by id and by day of closure. */
public class MongoComplaintFactLookup implements ComplaintFactLookup {

    private final MongoOperations mongo;
    private final Supplier<String> collection;

    public MongoComplaintFactLookup(MongoOperations mongo, Supplier<String> collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    @Override
    public Map<String, ComplaintFact> find(Collection<String> complaintIds) {
        return complaintIds.isEmpty() ? Map.of() : new MongoComplaintFacts(mongo, collection).findAll(complaintIds);
    }

    @Override
    public List<ComplaintFact> closedBetween(LocalDate from, LocalDate to) {
        Criteria closed = where(ComplaintFactDocument.ENDING_KIND).is(Ending.Kind.CLOSED.name())
                .and(ComplaintFactDocument.RECEIVED_ON).exists(true);
        if (from != null || to != null) {
            ComplaintFactDocument.within(closed.and(ComplaintFactDocument.ENDED_ON), from, to);
        }
        return mongo.find(Query.query(closed), ComplaintFactDocument.class, collection.get()).stream()
                .map(ComplaintFactDocument::toFact).toList();
    }
}
