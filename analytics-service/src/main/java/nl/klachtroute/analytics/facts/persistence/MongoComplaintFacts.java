package nl.klachtroute.analytics.facts.persistence;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.ComplaintFacts;
import nl.klachtroute.analytics.facts.FactChangedConcurrently;

/** Complaint facts in one collection: the active generation, or the one a rebuild fills. */
public class MongoComplaintFacts implements ComplaintFacts {

    private final MongoOperations mongo;
    private final Supplier<String> collection;

    public MongoComplaintFacts(MongoOperations mongo, Supplier<String> collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    @Override
    public Optional<ComplaintFact> find(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, ComplaintFactDocument.class, collection.get()))
                .map(ComplaintFactDocument::toFact);
    }

    @Override
    public ComplaintFact save(ComplaintFact fact) {
        try {
            return mongo.save(ComplaintFactDocument.of(fact), collection.get()).toFact();
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // A duplicate key is the same race on the first save: both consumers inserted version 0.
            throw new FactChangedConcurrently(fact.complaintId(), e);
        }
    }
}
