package nl.klachtroute.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Publishes the events waiting in aggregate documents to Kafka, in the order they were stored, and
 * removes each from its document once the broker acknowledged it (acks=all, idempotent producer).
 * <p>
 * Delivery is at least once: a crash between the acknowledgement and the removal publishes the event
 * again on the next round, and consumers de-duplicate by event id. Removal also increments the
 * document's {@code version}, so an aggregate loaded before the removal cannot write the sent events
 * back: its save fails optimistically and is retried on fresh state.
 * <p>
 * While Kafka is unreachable nothing is lost: the events stay in their documents and go out on the
 * first round after the broker is back.
 * <p>
 * Which documents have pending events: the {@link OutboxPointers} written with them, and every
 * {@code full-search-interval} (and in the first round) a search of the whole collection, for anything
 * written past the template.
 */
public class OutboxRelay {

    public static final String OUTBOX_FIELD = "outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoOperations mongo;
    private final KafkaOperations<String, String> kafka;
    private final OutboxProperties properties;
    private final Counter published;
    private final Counter failures;
    private volatile boolean brokerDown;
    private final Map<String, Long> lastFullSearch = new ConcurrentHashMap<>();
    private volatile boolean pointerLookupReady;

    public OutboxRelay(MongoOperations mongo, KafkaOperations<String, String> kafka, OutboxProperties properties,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        MeterRegistry registry = meters == null ? new SimpleMeterRegistry() : meters;
        this.published = Counter.builder("klachtroute.outbox.published").description("Events published from outboxes")
                .register(registry);
        this.failures = Counter.builder("klachtroute.outbox.publish.failures")
                .description("Publish attempts that failed and will be retried").register(registry);
    }

    /** One round over every outbox collection. @return the number of events published */
    public int publishPending() {
        ensurePointerLookup();
        int count = 0;
        for (String collection : properties.collections()) {
            count += publishPending(collection);
        }
        return count;
    }

    /**
     * A pointer is removed by its id and the token read; the embedded store finds that by an index only when
     * one has exactly these fields (otherwise it reads the whole pointer collection, which grows while the
     * relay is behind). Created on the first round the store answers.
     */
    private void ensurePointerLookup() {
        if (pointerLookupReady) {
            return;
        }
        try {
            mongo.indexOps(OutboxPointers.COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on("token", Sort.Direction.ASC).unique().named("pointer_token"));
            pointerLookupReady = true;
        } catch (DataAccessException e) {
            log.debug("Index on {} not created yet: {}", OutboxPointers.COLLECTION, e.getMessage());
        }
    }

    private int publishPending(String collection) {
        return fullSearchDue(collection) ? publishFound(collection) : publishPointed(collection);
    }

    /** The first round and then every {@code full-search-interval}: every document with pending events. */
    private boolean fullSearchDue(String collection) {
        long now = System.nanoTime();
        Long last = lastFullSearch.get(collection);
        if (last == null || now - last >= properties.fullSearchInterval().toNanos()) {
            lastFullSearch.put(collection, now);
            return true;
        }
        return false;
    }

    private int publishFound(String collection) {
        Query pending = new Query(where(OUTBOX_FIELD + ".0").exists(true)).limit(properties.batchSize());
        pending.fields().include(OUTBOX_FIELD);
        int count = 0;
        for (Document document : mongo.find(pending, Document.class, collection)) {
            Published published = publish(collection, document);
            count += published.sent();
            if (published.brokerFailed()) {
                lastFullSearch.remove(collection); // search again once the broker is back
                return count;
            }
        }
        return flowing(count);
    }

    private int publishPointed(String collection) {
        Query pointed = new Query(where("collection").is(collection)).limit(properties.batchSize());
        int count = 0;
        for (Document pointer : mongo.find(pointed, Document.class, OutboxPointers.COLLECTION)) {
            Query byId = new Query(where("_id").is(pointer.get("aggregateId")));
            byId.fields().include(OUTBOX_FIELD);
            Document document = mongo.findOne(byId, Document.class, collection);
            Published published = document == null ? Published.NOTHING : publish(collection, document);
            count += published.sent();
            if (published.brokerFailed()) {
                return count;
            }
            // Only with the token read: a save since then wrote a new one, and its events go next round.
            mongo.remove(new Query(where("_id").is(pointer.get("_id")).and("token").is(pointer.get("token"))),
                    OutboxPointers.COLLECTION);
        }
        return flowing(count);
    }

    /** How many of a document's events went out, and whether the broker failed before the rest. */
    private record Published(int sent, boolean brokerFailed) {
        static final Published NOTHING = new Published(0, false);
    }

    /** Sends the document's pending events in order and removes the sent ones from it. */
    private Published publish(String collection, Document document) {
        List<Document> outbox = document.getList(OUTBOX_FIELD, Document.class);
        if (outbox == null || outbox.isEmpty()) {
            return Published.NOTHING;
        }
        List<String> sent = new ArrayList<>();
        try {
            for (Document event : outbox) {
                send(event);
                sent.add(event.getString("eventId"));
            }
        } catch (PublishFailed e) {
            failures.increment();
            if (!brokerDown) {
                log.warn("Kafka unreachable, events stay in the outbox and are retried: {}", e.getMessage());
                brokerDown = true;
            }
            markSent(collection, document.get("_id"), sent);
            return new Published(sent.size(), true);
        }
        markSent(collection, document.get("_id"), sent);
        return new Published(sent.size(), false);
    }

    private int flowing(int count) {
        if (brokerDown && count > 0) {
            log.info("Kafka reachable again, outbox flowing");
            brokerDown = false;
        }
        return count;
    }

    private void send(Document event) {
        try {
            kafka.send(event.getString("topic"), event.getString("key"), event.getString("json"))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailed(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishFailed(e);
        }
    }

    private void markSent(String collection, Object id, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Update update = new Update()
                .pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", eventIds)))
                .inc("version", 1);
        mongo.updateFirst(new Query(where("_id").is(id)), update, collection);
        published.increment(eventIds.size());
    }

    private static final class PublishFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PublishFailed(Throwable cause) {
            super(cause instanceof ExecutionException && cause.getCause() != null ? cause.getCause() : cause);
        }
    }
}
