package nl.klachtroute.analytics.signal.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import nl.klachtroute.analytics.signal.SignalStore;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;
import nl.klachtroute.support.outbox.OutboxRelay;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * Collection {@value #COLLECTION}: one document per signal, id = signal id, holding its event in the outbox
 * field the shared relay publishes from. The insert is the whole "raise": a second one with the same id
 * fails on the key and raises nothing.
 */
public class MongoSignalStore implements SignalStore {

    public static final String COLLECTION = "pattern_signals";
    private final MongoOperations mongo;

    public MongoSignalStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean raise(EventEnvelope event) {
        PatternSignalRaised signal = (PatternSignalRaised) event.payload();
        PendingEvent pending = PendingEvent.of(event);
        Document document = new Document("_id", signal.signalId()).append("kind", signal.kind().name())
                .append("department", signal.department()).append("team", signal.team())
                .append("category", signal.category() == null ? null : signal.category().name())
                .append("period", signal.period()).append("count", signal.count())
                .append("baseline", signal.baseline()).append("raisedAt", Date.from(event.occurredAt()))
                .append("version", 0L)
                .append(OutboxRelay.OUTBOX_FIELD, List.of(new Document("eventId", pending.eventId())
                        .append("type", pending.type()).append("topic", pending.topic()).append("key", pending.key())
                        .append("json", pending.json()).append("createdAt", Date.from(pending.createdAt()))));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<RaisedSignal> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "raisedAt")), Document.class, COLLECTION)
                .stream().map(MongoSignalStore::signal).toList();
    }

    private static RaisedSignal signal(Document d) {
        String category = d.getString("category");
        PatternSignalRaised signal = new PatternSignalRaised(d.getString("_id"), SignalKind.valueOf(d.getString("kind")),
                d.getString("department"), d.getString("team"), category == null ? null : Category.valueOf(category),
                d.getString("period"), ((Number) d.get("count")).longValue(), ((Number) d.get("baseline")).doubleValue());
        Date raisedAt = d.getDate("raisedAt");
        return new RaisedSignal(signal, raisedAt == null ? Instant.EPOCH : raisedAt.toInstant());
    }
}
