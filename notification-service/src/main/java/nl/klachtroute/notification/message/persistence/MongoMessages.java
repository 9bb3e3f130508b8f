package nl.klachtroute.notification.message.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.MessageState;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.support.outbox.PendingEvent;

/** Messages in MongoDB; the claim is one findAndModify by id and version, atomic on a single document. */
@Component
class MongoMessages implements Messages {

    private static final int CANDIDATES = 50;
    private final MongoOperations mongo;
    private final Queue<Candidate> candidates = new ConcurrentLinkedQueue<>();

    MongoMessages(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(Message message) {
        try {
            mongo.insert(toDocument(message.snapshot(), null, List.of()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Message> find(MessageId id) {
        return Optional.ofNullable(mongo.findById(id.value(), MessageDocument.class)).map(MongoMessages::toMessage);
    }

    @Override
    public void update(Message message, List<EventEnvelope> events) {
        Message.Snapshot s = message.snapshot();
        MessageDocument stored = mongo.findById(s.id().value(), MessageDocument.class);
        if (stored == null || !stored.version().equals(s.version())) {
            throw new OptimisticLockingFailureException("Message " + s.id() + " changed since it was read");
        }
        List<PendingEvent> outbox = new ArrayList<>(stored.outbox() == null ? List.of() : stored.outbox());
        outbox.addAll(PendingEvent.of(events));
        mongo.save(toDocument(s, s.version(), outbox));
    }

    @Override
    public Optional<Message> claimNextDue(Instant now, Duration lease, String dispatcher) {
        // The version moves with the claim, so a save based on what was read before the claim fails.
        Update claim = new Update()
                .set("state", MessageState.SENDING)
                .set("leaseUntil", now.plus(lease))
                .set("claimedBy", dispatcher)
                .set("lastAttemptAt", now)
                .inc("attempts", 1)
                .inc("version", 1);
        for (int search = 0; search < 2; search++) {
            Candidate candidate;
            while ((candidate = candidates.poll()) != null) {
                // Still at the version it was due at, so still due: every change of a message moves its version.
                Query unchanged = new Query(where("_id").is(candidate.id()).and("version").is(candidate.version()));
                MessageDocument claimed = mongo.findAndModify(unchanged, claim,
                        FindAndModifyOptions.options().returnNew(true), MessageDocument.class);
                if (claimed != null) {
                    return Optional.of(toMessage(claimed));
                }
            }
            if (search == 0) {
                findDue(now);
            }
        }
        return Optional.empty();
    }

    /**
     * One search for the next due messages, oldest first, claimed one by one afterwards by id and version:
     * a search per claimed message would read the whole collection each time on the embedded store.
     */
    private void findDue(Instant now) {
        Query due = new Query(new Criteria().orOperator(
                where("state").is(MessageState.PENDING).and("nextAttemptAt").lte(now),
                where("state").is(MessageState.SENDING).and("leaseUntil").lte(now)))
                .with(Sort.by("nextAttemptAt")).limit(CANDIDATES);
        due.fields().include("_id").include("version");
        for (org.bson.Document found : mongo.find(due, org.bson.Document.class, MessageDocument.COLLECTION)) {
            candidates.add(new Candidate(found.getString("_id"), ((Number) found.get("version")).longValue()));
        }
    }

    private record Candidate(String id, long version) {
    }

    @Override
    public List<Message> forComplaint(String complaintId) {
        Query query = new Query(where("complaintId").is(complaintId)).with(Sort.by("createdAt", "_id"));
        return mongo.find(query, MessageDocument.class).stream().map(MongoMessages::toMessage).toList();
    }

    private static MessageDocument toDocument(Message.Snapshot s, Long version, List<PendingEvent> outbox) {
        MailContent c = s.content();
        return new MessageDocument(s.id().value(), version, s.complaintId(), s.taskId(), s.recipientKind(),
                s.recipientId(), s.channel(), c.template(), c.templateVersion(), c.subject(), c.body(), c.html(), s.createdAt(),
                s.correlationId().toString(), s.causationId().toString(), s.state(), s.attempts(), s.nextAttemptAt(), s.lastAttemptAt(),
                s.leaseUntil(), s.claimedBy(), s.sentAt(), s.lastError(),
                s.erasedOn() == null ? null : s.erasedOn().toString(), outbox);
    }

    private static Message toMessage(MessageDocument d) {
        return Message.restore(new Message.Snapshot(new MessageId(d.id()), d.complaintId(), d.taskId(),
                d.recipientKind(), d.recipientId(), d.channel(),
                new MailContent(d.template(), d.templateVersion(), d.subject(), d.body(), d.html()), d.createdAt(),
                UUID.fromString(d.correlationId()), UUID.fromString(d.causationId()), d.state(), d.attempts(), d.nextAttemptAt(), d.lastAttemptAt(),
                d.leaseUntil(), d.claimedBy(), d.sentAt(), d.lastError(),
                d.erasedOn() == null ? null : LocalDate.parse(d.erasedOn()), d.version()));
    }
}
