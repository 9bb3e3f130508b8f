package nl.klachtroute.notification.message.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
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

/**
 * Messages in MongoDB; the claim is one findAndModify by id and version, atomic on a single document.
 * <p>
 * Which messages may be due: a pointer per message that is not finished yet, in {@value #DUE}, written after
 * the message and removed once it is sent, failed, waits for the post or was cancelled. The due search reads
 * those pointers instead of every message ever sent (the embedded store would read the whole collection for
 * it), and every {@link #FULL_SEARCH_INTERVAL} searches all messages anyway, for a pointer a crash left
 * unwritten.
 */
@Component
class MongoMessages implements Messages {

    static final String DUE = "messages_due";
    static final Duration FULL_SEARCH_INTERVAL = Duration.ofMinutes(1);
    private static final Set<MessageState> UNFINISHED = EnumSet.of(MessageState.PENDING, MessageState.SENDING);
    private static final int CANDIDATES = 50;
    private final MongoOperations mongo;
    private final Queue<Candidate> candidates = new ConcurrentLinkedQueue<>();
    private volatile Instant lastFullSearch;

    MongoMessages(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(Message message) {
        Message.Snapshot s = message.snapshot();
        try {
            mongo.insert(toDocument(s, null, List.of()));
        } catch (DuplicateKeyException e) {
            return false;
        }
        point(s);
        return true;
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
        point(s);
    }

    /** Keeps the pointer of an unfinished message, with the time it is due; drops that of a finished one. */
    private void point(Message.Snapshot s) {
        if (UNFINISHED.contains(s.state())) {
            pointTo(s.id().value(), s.state() == MessageState.SENDING ? s.leaseUntil() : s.nextAttemptAt());
        } else {
            mongo.remove(new Query(where("_id").is(s.id().value())), DUE);
        }
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
        Instant last = lastFullSearch;
        if (last == null || !now.isBefore(last.plus(FULL_SEARCH_INTERVAL)) || now.isBefore(last)) {
            lastFullSearch = now;
            findDueAmongAll(now);
        } else {
            findDueByPointers(now);
        }
    }

    private void findDueAmongAll(Instant now) {
        Query due = new Query(dueOn(now)).with(Sort.by("nextAttemptAt")).limit(CANDIDATES);
        due.fields().include("_id").include("version").include("state").include("nextAttemptAt")
                .include("leaseUntil");
        for (org.bson.Document found : mongo.find(due, org.bson.Document.class, MessageDocument.COLLECTION)) {
            candidates.add(new Candidate(found.getString("_id"), ((Number) found.get("version")).longValue()));
            // a pointer a crash left unwritten
            pointTo(found.getString("_id"), dueAt(found, MessageState.valueOf(found.getString("state"))));
        }
    }

    /** The pointers due by now, then their messages by id: those still due become candidates. */
    private void findDueByPointers(Instant now) {
        Query pointed = new Query(where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(CANDIDATES);
        List<String> ids = mongo.find(pointed, org.bson.Document.class, DUE).stream()
                .map(pointer -> pointer.getString("_id")).toList();
        if (ids.isEmpty()) {
            return;
        }
        Query messages = new Query(where("_id").in(ids));
        messages.fields().include("_id").include("version").include("state").include("nextAttemptAt")
                .include("leaseUntil");
        Set<String> unfinished = new HashSet<>();
        List<org.bson.Document> due = new ArrayList<>();
        for (org.bson.Document found : mongo.find(messages, org.bson.Document.class, MessageDocument.COLLECTION)) {
            MessageState state = MessageState.valueOf(found.getString("state"));
            if (UNFINISHED.contains(state)) {
                unfinished.add(found.getString("_id"));
                Instant at = dueAt(found, state);
                if (at != null && !at.isAfter(now)) {
                    due.add(found);
                }
            }
        }
        due.sort(Comparator.comparing(found -> toInstant(found.get("nextAttemptAt")),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        due.forEach(found -> candidates.add(new Candidate(found.getString("_id"),
                ((Number) found.get("version")).longValue())));
        // Pointers of messages finished (or gone) since: nothing left to send for them.
        List<String> finished = ids.stream().filter(id -> !unfinished.contains(id)).toList();
        if (!finished.isEmpty()) {
            mongo.remove(new Query(where("_id").in(finished)), DUE);
        }
    }

    private static Criteria dueOn(Instant now) {
        return new Criteria().orOperator(
                where("state").is(MessageState.PENDING).and("nextAttemptAt").lte(now),
                where("state").is(MessageState.SENDING).and("leaseUntil").lte(now));
    }

    private void pointTo(String messageId, Instant dueAt) {
        mongo.upsert(new Query(where("_id").is(messageId)), new Update().set("dueAt", dueAt), DUE);
    }

    /** An unfinished message is due at its next attempt, or, while claimed, when the claim's lease runs out. */
    private static Instant dueAt(org.bson.Document found, MessageState state) {
        return toInstant(found.get(state == MessageState.SENDING ? "leaseUntil" : "nextAttemptAt"));
    }

    private static Instant toInstant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
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
