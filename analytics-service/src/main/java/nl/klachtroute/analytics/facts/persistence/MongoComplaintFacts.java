package nl.klachtroute.analytics.facts.persistence;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.ComplaintFacts;
import nl.klachtroute.analytics.facts.FactChangedConcurrently;

/** Complaint facts in the {@value ComplaintFactDocument#COLLECTION} collection. */
class MongoComplaintFacts implements ComplaintFacts {

    private final MongoOperations mongo;

    MongoComplaintFacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ComplaintFact> find(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, ComplaintFactDocument.class))
                .map(ComplaintFactDocument::toFact);
    }

    @Override
    public ComplaintFact save(ComplaintFact fact) {
        try {
            return mongo.save(ComplaintFactDocument.of(fact)).toFact();
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // A duplicate key is the same race on the first save: both consumers inserted version 0.
            throw new FactChangedConcurrently(fact.complaintId(), e);
        }
    }
}
