package nl.klachtroute.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintRepository;
import nl.klachtroute.support.outbox.PendingEvent;

/** Complaints in MongoDB, one document per complaint with its outbox (collection {@code complaints}). */
@Repository
class MongoComplaintRepository implements ComplaintRepository {

    static final String COUNTERS = "complaint_counters";
    private static final Logger log = LoggerFactory.getLogger(MongoComplaintRepository.class);
    private final MongoOperations mongo;

    MongoComplaintRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Created once the service is up rather than at start-up (auto-index-creation), so the service starts
     * while the store is still coming up; the list works without the index, only slower.
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(ComplaintDocument.class)
                    .createIndex(new Index().on("registeredAt", Sort.Direction.DESC).named("newest_first"));
        } catch (DataAccessException e) {
            log.warn("Index on {} not created now: {}", ComplaintDocument.COLLECTION, e.getMessage());
        }
    }

    @Override
    public Optional<Complaint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ComplaintDocument.class)).map(ComplaintDocument::toComplaint);
    }

    @Override
    public void add(Complaint complaint, List<EventEnvelope> events) {
        mongo.insert(ComplaintDocument.of(complaint, PendingEvent.of(events)));
    }

    @Override
    public void update(Complaint complaint, List<EventEnvelope> events) {
        // The stored document, not the complaint, knows which events still wait to be published; the
        // version check makes sure it is the same revision the command was decided on.
        ComplaintDocument stored = mongo.findById(complaint.id(), ComplaintDocument.class);
        if (stored == null || !Objects.equals(stored.version(), complaint.version())) {
            throw new OptimisticLockingFailureException("Complaint " + complaint.id() + " changed since it was read");
        }
        stored.copyStateFrom(complaint);
        stored.outbox().addAll(PendingEvent.of(events));
        mongo.save(stored);
    }

    @Override
    public ComplaintPage newestFirst(int page, int size) {
        Query query = new Query().with(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("_id"))));
        List<Complaint> items = mongo.find(query, ComplaintDocument.class).stream()
                .map(ComplaintDocument::toComplaint).toList();
        long total = mongo.count(new Query(), ComplaintDocument.class);
        return new ComplaintPage(items, page, size, total);
    }

    @Override
    public long nextNumber(int year) {
        Document counter = mongo.findAndModify(new Query(where("_id").is("complaints-" + year)),
                new Update().inc("sequence", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
                Document.class, COUNTERS);
        return ((Number) Objects.requireNonNull(counter, "counter").get("sequence")).longValue();
    }
}
