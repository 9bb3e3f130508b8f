package nl.klachtroute.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
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
        Round round = publish(collection, mongo.find(pending, Document.class, collection));
        if (round.brokerFailed()) {
            lastFullSearch.remove(collection); // search again once the broker is back
            return round.sent();
        }
        return flowing(round.sent());
    }

    private int publishPointed(String collection) {
        Query pointed = new Query(where("collection").is(collection)).limit(properties.batchSize());
        List<Document> pointers = mongo.find(pointed, Document.class, OutboxPointers.COLLECTION);
        if (pointers.isEmpty()) {
            return flowing(0);
        }
        Query byIds = new Query(where("_id").in(pointers.stream().map(p -> p.get("aggregateId")).toList()));
        byIds.fields().include(OUTBOX_FIELD);
        Round round = publish(collection, mongo.find(byIds, Document.class, collection));
        // Only with the token read: a save since then wrote a new one, and its events go next round. A pointer
        // whose document still holds unsent events stays for the next round.
        BulkOperations removal = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxPointers.COLLECTION);
        int removed = 0;
        for (Document pointer : pointers) {
            if (!round.unfinished().contains(pointer.get("aggregateId"))) {
                removal.remove(new Query(where("_id").is(pointer.get("_id")).and("token").is(pointer.get("token"))));
                removed++;
            }
        }
        if (removed > 0) {
            removal.execute();
        }
        return round.brokerFailed() ? round.sent() : flowing(round.sent());
    }

    /**
     * What one round published: how many events went out, which documents still hold unsent events, and whether
     * the broker failed.
     */
    private record Round(int sent, Set<Object> unfinished, boolean brokerFailed) {
    }

    /**
     * Sends the pending events of the documents without waiting for each acknowledgement (one network round trip
     * for the whole round instead of one per event), then removes from each document the events acknowledged in
     * an unbroken run from its first. A document's events share its key and so its partition, and the idempotent
     * producer writes a partition's records in the order they were sent, without gaps, also when it retries: an
     * event is never written before an earlier one of its document. An event that failed stays with the ones
     * after it and goes again next round; one the broker took though the wait for it failed goes twice, which the
     * consumers' inboxes absorb.
     */
    private Round publish(String collection, List<Document> documents) {
        Map<Object, List<Pending>> sending = new LinkedHashMap<>();
        boolean brokerFailed = false;
        sendAll:
        for (Document document : documents) {
            List<Document> outbox = document.getList(OUTBOX_FIELD, Document.class);
            if (outbox == null || outbox.isEmpty()) {
                continue;
            }
            List<Pending> pending = new ArrayList<>();
            sending.put(document.get("_id"), pending);
            for (Document event : outbox) {
                try {
                    pending.add(new Pending(event.getString("eventId"),
                            kafka.send(event.getString("topic"), event.getString("key"), event.getString("json"))));
                } catch (RuntimeException e) {
                    failed(e);
                    brokerFailed = true;
                    break sendAll;
                }
            }
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        Set<Object> unfinished = new HashSet<>();
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int sent = 0;
        for (Map.Entry<Object, List<Pending>> entry : sending.entrySet()) {
            List<String> acknowledged = new ArrayList<>();
            for (Pending pending : entry.getValue()) {
                if (!acknowledged(pending, deadline)) {
                    brokerFailed = true;
                    break;
                }
                acknowledged.add(pending.eventId());
            }
            if (acknowledged.size() < entry.getValue().size()) {
                unfinished.add(entry.getKey());
            }
            if (!acknowledged.isEmpty()) {
                marks.updateOne(new Query(where("_id").is(entry.getKey())), new Update()
                        .pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", acknowledged)))
                        .inc("version", 1));
                sent += acknowledged.size();
            }
        }
        if (brokerFailed) {
            // A send that failed early leaves the rest of the round unsent: those documents keep their pointers.
            documents.forEach(document -> {
                if (!sending.containsKey(document.get("_id"))
                        && document.getList(OUTBOX_FIELD, Document.class, List.of()).size() > 0) {
                    unfinished.add(document.get("_id"));
                }
            });
        }
        if (sent > 0) {
            marks.execute();
            published.increment(sent);
        }
        return new Round(sent, unfinished, brokerFailed);
    }

    private record Pending(String eventId, CompletableFuture<?> acknowledgement) {
    }

    /** Waits for the broker's acknowledgement until the round's deadline. */
    private boolean acknowledged(Pending pending, long deadline) {
        try {
            pending.acknowledgement().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(e);
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            failed(e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
            return false;
        }
    }

    private void failed(Throwable cause) {
        failures.increment();
        if (!brokerDown) {
            log.warn("Kafka unreachable, events stay in the outbox and are retried: {}", cause.toString());
            brokerDown = true;
        }
    }

    private int flowing(int count) {
        if (brokerDown && count > 0) {
            log.info("Kafka reachable again, outbox flowing");
            brokerDown = false;
        }
        return count;
    }
}
