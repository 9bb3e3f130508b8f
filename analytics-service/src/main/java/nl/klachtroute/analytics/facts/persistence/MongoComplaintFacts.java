package nl.klachtroute.analytics.facts.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

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

    /** The stored facts of these complaints, by complaint id; one query. */
    public Map<String, ComplaintFact> findAll(Collection<String> complaintIds) {
        Map<String, ComplaintFact> found = new HashMap<>();
        for (ComplaintFactDocument document : mongo.find(Query.query(Criteria.where("_id").in(complaintIds)),
                ComplaintFactDocument.class, collection.get())) {
            found.put(document.id(), document.toFact());
        }
        return found;
    }

    /**
     * Writes the facts in one bulk, each replacing its stored version by id with the next version. Only for a
     * collection no one else writes meanwhile (a rebuild's generation before it becomes active): there is no
     * optimistic check.
     */
    public void replaceAll(Collection<ComplaintFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ComplaintFactDocument.class,
                collection.get());
        for (ComplaintFact fact : facts) {
            ComplaintFactDocument next = ComplaintFactDocument.of(fact, fact.version() == null ? 0L : fact.version() + 1);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(fact.complaintId())), next,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
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
