package nl.klachtroute.findings.report.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.ReportStatus;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * Reports in the collection {@value #COLLECTION}: state and the events it caused go in one document
 * write, and the outbox relay publishes the events from there.
 */
@Repository
public class ReportStore implements SmartInitializingSingleton {

    public static final String COLLECTION = "findings_reports";
    private final MongoOperations mongo;

    ReportStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("teamKey", Sort.Direction.ASC).named("team"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("teammanagerId", Sort.Direction.ASC).named("assignee"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("employeeRefs", Sort.Direction.ASC).named("employees"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("dueOn", Sort.Direction.ASC).named("deadline"));
    }

    public Optional<StoredReport> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReportDocument.class, COLLECTION))
                .map(d -> new StoredReport(d.toReport(), d.version(), d.pending()));
    }

    public boolean exists(String id) {
        return mongo.exists(new Query(where("_id").is(id)), COLLECTION);
    }

    /** Stores a new report with its events. @return false when a report with this id already exists */
    public boolean insert(FindingsReport report, List<EventEnvelope> events) {
        try {
            mongo.insert(ReportDocument.of(report, PendingEvent.of(events), null), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Stores the changed report and appends its events to those still pending.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since it was loaded
     */
    public void update(StoredReport loaded, List<EventEnvelope> events) {
        List<PendingEvent> outbox = new ArrayList<>(loaded.outbox());
        outbox.addAll(PendingEvent.of(events));
        mongo.save(ReportDocument.of(loaded.report(), outbox, loaded.version()), COLLECTION);
    }

    /**
     * Reports whose teammanager's deadline still runs (not yet submitted, not anonymised), due on or before
     * {@code horizon} and not yet reported as missed, in id order from after {@code afterId} (null: from the
     * start).
     */
    public List<StoredReport> awaitingFirstSubmissionDueBy(LocalDate horizon, String afterId, int limit) {
        List<ReportStatus> open = Arrays.stream(ReportStatus.values()).filter(ReportStatus::awaitsFirstSubmission)
                .toList();
        Criteria criteria = where("status").in(open).and("dueOn").lte(horizon.toString())
                .and("deadlineMissedFor").is(null).and("anonymisedOn").is(null);
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit);
        return mongo.find(query, ReportDocument.class, COLLECTION).stream()
                .map(d -> new StoredReport(d.toReport(), d.version(), d.pending())).toList();
    }

    /** A page of reports, soonest due first. */
    public ReportPage<FindingsReport> page(ReportFilter filter, int page, int size) {
        Query query = new Query(criteria(filter));
        long total = mongo.count(query, ReportDocument.class, COLLECTION);
        query.with(Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
        List<FindingsReport> items = mongo.find(query, ReportDocument.class, COLLECTION).stream()
                .map(ReportDocument::toReport).toList();
        return new ReportPage<>(items, page, size, total);
    }

    private static Criteria criteria(ReportFilter filter) {
        List<Criteria> parts = new ArrayList<>();
        if (filter.teams() != null || filter.assignee() != null) {
            List<Criteria> either = new ArrayList<>();
            if (filter.teams() != null && !filter.teams().isEmpty()) {
                either.add(where("teamKey").in(filter.teams().stream().map(ReportDocument::teamKey).toList()));
            }
            if (filter.assignee() != null) {
                either.add(where("teammanagerId").is(filter.assignee()));
            }
            parts.add(new Criteria().orOperator(either));
        }
        if (filter.employeeRef() != null) {
            parts.add(where("employeeRefs").is(filter.employeeRef()));
        }
        if (filter.status() != null) {
            parts.add(where("status").is(filter.status()));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }
}
