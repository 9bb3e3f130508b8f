package nl.klachtroute.support.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Consumer-side de-duplication: remembers which events a consumer group has processed. A redelivered
 * event (Kafka's at-least-once, an outbox re-publish, a replay) is recognised by its event id.
 * <p>
 * The marker is written after the effect. A crash in between re-runs the effect on redelivery, so
 * effects also use deterministic ids (derived from the event id) to stay idempotent on their own.
 */
public class Inbox {

    static final String COLLECTION = "inbox";
    private final MongoOperations mongo;
    private final Clock clock;

    public Inbox(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean alreadyProcessed(String consumer, UUID eventId) {
        // A find by _id, not exists(): exists() counts through an aggregation, which the embedded store
        // answers by scanning the whole (ever growing) collection instead of using the _id index.
        return mongo.findById(key(consumer, eventId), ProcessedEvent.class, COLLECTION) != null;
    }

    /** @return false when the event had already been recorded for this consumer */
    public boolean markProcessed(String consumer, UUID eventId) {
        try {
            mongo.insert(new ProcessedEvent(key(consumer, eventId), consumer, eventId.toString(), clock.instant()),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Records a batch of events as processed by this consumer, in one bulk write; events already recorded stay
     * as they were. For consumers that apply a whole batch at once (an analytics rebuild).
     */
    public void markAllProcessed(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProcessedEvent.class, COLLECTION);
        for (UUID eventId : eventIds) {
            bulk.upsert(new Query(Criteria.where("_id").is(key(consumer, eventId))), new Update()
                    .setOnInsert("consumer", consumer).setOnInsert("eventId", eventId.toString())
                    .setOnInsert("processedAt", now));
        }
        bulk.execute();
    }

    /** Runs the effect unless this consumer already processed the event. @return whether it ran */
    public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
        if (alreadyProcessed(consumer, eventId)) {
            return false;
        }
        effect.run();
        markProcessed(consumer, eventId);
        return true;
    }

    private static String key(String consumer, UUID eventId) {
        return consumer + ":" + eventId;
    }

    @Document(COLLECTION)
    record ProcessedEvent(String id, String consumer, String eventId, Instant processedAt) {
    }
}
