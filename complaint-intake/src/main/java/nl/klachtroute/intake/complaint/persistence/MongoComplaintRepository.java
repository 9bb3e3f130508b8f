package nl.klachtroute.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintRepository;
import nl.klachtroute.intake.complaint.ComplaintStatus;
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
     * while the store is still coming up; the queries work without the indexes, only slower. The unique
     * index on the idempotency key is what makes two simultaneous retries of one registration store one
     * complaint; until it exists, the look-up before the insert still catches every retry that is not
     * simultaneous.
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            var indexes = mongo.indexOps(ComplaintDocument.class);
            indexes.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().sparse()
                    .named("idempotency_key"));
            indexes.createIndex(new Index().on("deadlinesToAlert", Sort.Direction.ASC).named("deadline_scan"));
            indexes.createIndex(new Index().on("retentionFrom", Sort.Direction.ASC).sparse().named("retention"));
            indexes.createIndex(new Index().on("registeredAt", Sort.Direction.DESC).named("newest_first"));
            indexes.createIndex(new Index().on("handlerId", Sort.Direction.ASC).on("nextDeadline", Sort.Direction.ASC)
                    .named("handler_due"));
        } catch (DataAccessException e) {
            log.warn("Indexes on {} not created now: {}", ComplaintDocument.COLLECTION, e.getMessage());
        }
    }

    @Override
    public Optional<Complaint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ComplaintDocument.class)).map(ComplaintDocument::toComplaint);
    }

    @Override
    public Optional<KeyedComplaint> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(new Query(where("idempotencyKey").is(idempotencyKey)),
                ComplaintDocument.class))
                .map(d -> new KeyedComplaint(d.toComplaint(), d.requestFingerprint()));
    }

    @Override
    public Complaint add(Complaint complaint, List<EventEnvelope> events, IdempotencyKey idempotencyKey) {
        ComplaintDocument document = ComplaintDocument.of(complaint, PendingEvent.of(events),
                idempotencyKey == null ? null : idempotencyKey.key(),
                idempotencyKey == null ? null : idempotencyKey.fingerprint());
        return mongo.insert(document).toComplaint();
    }

    @Override
    public Complaint update(Complaint complaint, List<EventEnvelope> events) {
        // The stored document, not the complaint, knows which events still wait to be published; the
        // version check makes sure it is the same revision the command was decided on, and the save itself
        // checks the version again, so of two simultaneous writers only one succeeds.
        ComplaintDocument stored = mongo.findById(complaint.id(), ComplaintDocument.class);
        if (stored == null || !Objects.equals(stored.version(), complaint.version())) {
            throw new OptimisticLockingFailureException("Complaint " + complaint.id() + " changed since it was read");
        }
        stored.copyStateFrom(complaint);
        stored.nextRevision();
        stored.outbox().addAll(PendingEvent.of(events));
        return mongo.save(stored).toComplaint();
    }

    @Override
    public ComplaintPage search(ComplaintSearch search) {
        List<Criteria> filters = new ArrayList<>();
        if (search.status() != null) {
            filters.add(where("status").is(search.status()));
        }
        if (search.handlerId() != null) {
            filters.add(where("handlerId").is(search.handlerId()));
        }
        if (search.department() != null) {
            filters.add(where("department").is(search.department()));
        }
        if (search.team() != null) {
            filters.add(where("team").is(search.team()));
        }
        if (search.category() != null) {
            filters.add(where("category").is(search.category()));
        }
        if (search.deadlineBefore() != null) {
            filters.add(where("nextDeadline").lt(ComplaintDocument.text(search.deadlineBefore())));
        }
        if (search.overdue() != null) {
            String today = ComplaintDocument.text(search.today());
            filters.add(search.overdue() ? where("nextDeadline").lt(today)
                    : new Criteria().orOperator(where("nextDeadline").gte(today), where("nextDeadline").is(null)));
        }
        Query query = filters.isEmpty() ? new Query() : new Query(new Criteria().andOperator(filters));
        long total = mongo.count(query, ComplaintDocument.class);
        Sort order = search.sort() == ComplaintSearch.Sort.DEADLINE
                ? Sort.by(Sort.Order.asc("deadlineOrder"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("_id"));
        List<Complaint> items = mongo.find(query.with(PageRequest.of(search.page(), search.size(), order)),
                ComplaintDocument.class).stream().map(ComplaintDocument::toComplaint).toList();
        return new ComplaintPage(items, search.page(), search.size(), total);
    }

    @Override
    public List<Complaint> withDeadlinesUpTo(LocalDate horizon, String afterId, int limit) {
        List<String> open = ComplaintStatus.OPEN.stream().map(Enum::name).toList();
        // Documents written before the scan existed have no deadlinesToAlert yet: look at them until saved.
        Criteria criteria = where("status").in(open).orOperator(
                where("deadlinesToAlert").lte(ComplaintDocument.text(horizon)),
                where("deadlinesToAlert").exists(false));
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Order.asc("_id"))).limit(limit);
        return mongo.find(query, ComplaintDocument.class).stream().map(ComplaintDocument::toComplaint).toList();
    }

    @Override
    public List<Complaint> endedBefore(LocalDate endedBefore, String afterId, int limit) {
        Criteria criteria = where("retentionFrom").lt(ComplaintDocument.text(endedBefore));
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Order.asc("_id"))).limit(limit);
        return mongo.find(query, ComplaintDocument.class).stream().map(ComplaintDocument::toComplaint).toList();
    }

    @Override
    public long nextNumber(int year) {
        Document counter = mongo.findAndModify(new Query(where("_id").is("complaints-" + year)),
                new Update().inc("sequence", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
                Document.class, COUNTERS);
        return ((Number) Objects.requireNonNull(counter, "counter").get("sequence")).longValue();
    }
}
