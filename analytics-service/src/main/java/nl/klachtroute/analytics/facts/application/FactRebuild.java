package nl.klachtroute.analytics.facts.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.FactProjector;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.facts.persistence.MongoComplaintFacts;
import nl.klachtroute.analytics.facts.persistence.MongoRepeatIndex;
import nl.klachtroute.analytics.cube.CubeProjection;
import nl.klachtroute.analytics.cube.persistence.CubeDerivation;
import nl.klachtroute.analytics.cube.persistence.MongoComplaintCube;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.inbox.Inbox;
import nl.klachtroute.support.problem.IllegalTransitionException;
import nl.klachtroute.support.store.VersionedLookup;

/**
 * Rebuilds the complaint facts from the topics: every partition of the complaint and findings topics is read
 * from offset 0 (a plain consumer, no group, so the live consumer's offsets are untouched) into a fresh
 * collection while the live projection keeps serving the old one. At the end offsets of the start, the
 * repeat flags and the cube of the new generation are derived from its facts and the pointer switches to it; a last
 * pass then reads what arrived meanwhile, through the projection that keeps flags and cube exact. The live projection
 * and the rebuild record each event once per generation in the inbox, so an event that both see counts once.
 * Then the old collection is dropped.
 */
public class FactRebuild {

    private static final Logger log = LoggerFactory.getLogger(FactRebuild.class);
    private static final List<String> TOPICS = List.of(Topics.COMPLAINT, Topics.FINDINGS);
    private final String bootstrapServers;
    private final MongoOperations mongo;
    private final FactCollections collections;
    private final Inbox inbox;
    private final Clock clock;
    private final CubeDerivation derivation;
    private final EventCodec codec = new EventCodec();
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

    public FactRebuild(String bootstrapServers, MongoOperations mongo, FactCollections collections, Inbox inbox,
            Clock clock, CubeDerivation derivation) {
        this.derivation = derivation;
        this.bootstrapServers = bootstrapServers;
        this.mongo = mongo;
        this.collections = collections;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The consumer name under which an event is recorded as applied to a generation. */
    public static String inboxConsumer(String collection) {
        return "analytics-facts@" + collection;
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; refused while one runs. */
    public synchronized Progress start() {
        if (progress.get().state() == State.RUNNING) {
            throw new IllegalTransitionException("analytics rebuild", "running since " + progress.get().startedAt(),
                    "start");
        }
        String target = collections.fresh();
        Progress started = Progress.started(target, collections.active(), clock.instant());
        progress.set(started);
        Thread worker = new Thread(() -> run(target), "analytics-rebuild");
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    private void run(String target) {
        String previous = progress.get().previousCollection();
        FactProjector projector = new FactProjector(new MongoComplaintFacts(mongo, () -> target),
                new MongoRepeatIndex(mongo, () -> FactCollections.repeatsOf(target)),
                new CubeProjection(new MongoComplaintCube(mongo, () -> FactCollections.cubeOf(target))));
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            VersionedLookup.ensure(mongo, target, "version");
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            readBatchesUpTo(consumer, new MongoComplaintFacts(mongo, () -> target), target, begin,
                    consumer.endOffsets(partitions));
            // Repeat flags and cube in full before the switch; the last pass keeps them exact event by event.
            derivation.derive(target);
            collections.switchTo(target);
            log.info("Analytics rebuild: {} is the active generation; reading what arrived meanwhile", target);
            readUpTo(consumer, projector, target, begin, consumer.endOffsets(partitions));
            collections.drop(previous);
            progress.updateAndGet(p -> p.done(clock.instant()));
            log.info("Analytics rebuild done: {} records into {}", progress.get().read(), target);
        } catch (RuntimeException e) {
            log.warn("Analytics rebuild into {} failed; {} stays active: {}", target, previous, e.toString());
            progress.updateAndGet(p -> p.failed(clock.instant(), e.getClass().getSimpleName()));
            if (!target.equals(collections.active())) {
                FactCollections.dropWithDerived(mongo, target);
            }
        }
    }

    private void readUpTo(KafkaConsumer<String, byte[]> consumer, FactProjector projector, String target,
            Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end) {
        long total = end.entrySet().stream().mapToLong(e -> e.getValue() - begin.getOrDefault(e.getKey(), 0L)).sum();
        progress.updateAndGet(p -> p.withTotal(total));
        while (!reached(consumer, end)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                    continue; // beyond the mark; read again in the next pass
                }
                apply(projector, target, record);
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                progress.updateAndGet(p -> p.read(partition.toString(), record.offset() + 1));
            }
        }
    }

    /**
     * The first pass, while no one else writes the new generation: each poll's events are applied in memory,
     * complaint by complaint in topic order, over the facts read in one query, and written back in one bulk,
     * then recorded in the inbox in one bulk. A fact applies the same event twice as once, so an event the
     * topic holds twice (an outbox re-publish) needs no look-up first.
     */
    private void readBatchesUpTo(KafkaConsumer<String, byte[]> consumer, MongoComplaintFacts facts, String target,
            Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end) {
        long total = end.entrySet().stream().mapToLong(e -> e.getValue() - begin.getOrDefault(e.getKey(), 0L)).sum();
        progress.updateAndGet(p -> p.withTotal(total));
        while (!reached(consumer, end)) {
            Map<String, List<EventEnvelope>> byComplaint = new LinkedHashMap<>();
            List<UUID> eventIds = new ArrayList<>();
            Map<String, Long> positions = new HashMap<>();
            int read = 0;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                    continue; // beyond the mark; read again in the next pass
                }
                EventEnvelope event = relevant(record);
                if (event != null) {
                    byComplaint.computeIfAbsent(event.complaintId(), id -> new ArrayList<>()).add(event);
                    eventIds.add(event.eventId());
                }
                positions.put(new TopicPartition(record.topic(), record.partition()).toString(), record.offset() + 1);
                read++;
            }
            Map<String, ComplaintFact> stored = facts.findAll(byComplaint.keySet());
            List<ComplaintFact> changed = new ArrayList<>();
            byComplaint.forEach((complaintId, events) -> {
                ComplaintFact before = stored.getOrDefault(complaintId, ComplaintFact.unknown(complaintId));
                ComplaintFact after = before;
                for (EventEnvelope event : events) {
                    after = after.apply(event.payload());
                }
                if (!after.equals(before)) {
                    changed.add(after);
                }
            });
            facts.replaceAll(changed);
            inbox.markAllProcessed(inboxConsumer(target), eventIds);
            int count = read;
            progress.updateAndGet(p -> p.readBatch(positions, count));
        }
    }

    private boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void apply(FactProjector projector, String target, ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = relevant(record);
        if (event != null) {
            inbox.processOnce(inboxConsumer(target), event.eventId(),
                    () -> projector.project(event.complaintId(), event.payload()));
        }
    }

    /** The record's event if it tells analytics something; null for other events and for poison records. */
    private EventEnvelope relevant(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event;
        try {
            event = codec.decode(new String(record.value(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // A record the live consumer dead-lettered as poison; the rebuild skips it the same way.
            return null;
        }
        return event.payload() instanceof ComplaintEvent || event.payload() instanceof HearingHeld ? event : null;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    /**
     * What a rebuild has done so far.
     *
     * @param read         records read from the topics
     * @param total        records on the topics when the current pass started
     * @param positions    next offset per topic-partition
     */
    public record Progress(State state, String collection, String previousCollection, Instant startedAt,
            Instant finishedAt, long read, long total, Map<String, Long> positions, String error) {

        static Progress idle() {
            return new Progress(State.IDLE, null, null, null, null, 0, 0, Map.of(), null);
        }

        static Progress started(String collection, String previous, Instant at) {
            return new Progress(State.RUNNING, collection, previous, at, null, 0, 0, Map.of(), null);
        }

        Progress withTotal(long newTotal) {
            return new Progress(state, collection, previousCollection, startedAt, finishedAt, read,
                    Math.max(newTotal, total), positions, error);
        }

        Progress read(String partition, long next) {
            Map<String, Long> moved = new TreeMap<>(positions);
            moved.put(partition, next);
            return new Progress(state, collection, previousCollection, startedAt, finishedAt, read + 1,
                    Math.max(total, read + 1), Map.copyOf(moved), error);
        }

        Progress readBatch(Map<String, Long> nextPositions, long count) {
            Map<String, Long> moved = new TreeMap<>(positions);
            moved.putAll(nextPositions);
            return new Progress(state, collection, previousCollection, startedAt, finishedAt, read + count,
                    Math.max(total, read + count), Map.copyOf(moved), error);
        }

        Progress done(Instant at) {
            return new Progress(State.DONE, collection, previousCollection, startedAt, at, read, read, positions, null);
        }

        Progress failed(Instant at, String why) {
            return new Progress(State.FAILED, collection, previousCollection, startedAt, at, read, total, positions,
                    why);
        }
    }
}
