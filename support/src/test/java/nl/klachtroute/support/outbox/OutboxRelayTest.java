package nl.klachtroute.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.fixtures.EventFixtures;
import nl.klachtroute.support.kafka.LocalKafkaBroker;
import nl.klachtroute.support.testing.EmbeddedMongo;
import nl.klachtroute.support.testing.TopicReader;

/** The outbox relay against a real KRaft broker (child JVM) that is down, then up. */
class OutboxRelayTest {

    @Document("cases")
    record Case(@Id String id, @Version Long version, String state, List<PendingEvent> outbox) {
    }

    private EmbeddedMongo store;
    private MongoClient client;
    private MongoTemplate mongo;
    private LocalKafkaBroker broker;
    private KafkaTemplate<String, String> kafka;
    private OutboxRelay relay;

    @BeforeEach
    void setUp() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        mongo = new MongoTemplate(client, "klachtroute");
        broker = LocalKafkaBroker.onFreePorts();
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(broker.bootstrapServers())));
        // Templates built by hand have no entity callbacks, so no pointers: the relay searches every round.
        relay = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("cases"), Duration.ofMillis(50),
                Duration.ofSeconds(3), 100, Duration.ZERO), null);
    }

    @AfterEach
    void tearDown() {
        kafka.destroy();
        broker.close();
        client.close();
        store.close();
    }

    @Test
    void eventsWrittenWhileKafkaIsUnreachableArePublishedOnceItIsBack() {
        List<EventEnvelope> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            EventEnvelope registered = registered("K-" + i);
            EventEnvelope acknowledged = registered.causes(new ComplaintAcknowledged(EventFixtures.RECEIVED),
                    "complaint-intake", registered.occurredAt());
            written.add(registered);
            written.add(acknowledged);
            mongo.save(new Case("K-" + i, null, "ACKNOWLEDGED", PendingEvent.of(List.of(registered, acknowledged))));
        }

        assertThat(relay.publishPending()).as("nothing can be published while the broker is down").isZero();
        assertThat(pendingCount()).isEqualTo(6);

        broker.start(Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.publishPending() >= 0 && pendingCount() == 0);

        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.COMPLAINT)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.records().size() >= 6);
            List<ConsumerRecord<String, byte[]>> records = reader.records();
            assertThat(records).hasSize(6);
            assertThat(records).allSatisfy(r -> assertThat(r.key()).startsWith("K-"));
            assertThat(reader.events()).extracting(EventEnvelope::eventId)
                    .containsExactlyInAnyOrderElementsOf(written.stream().map(EventEnvelope::eventId).toList());
            // Per complaint, order is kept: registration before acknowledgement on the same partition.
            for (int i = 0; i < 3; i++) {
                String key = "K-" + i;
                assertThat(reader.events().stream().filter(e -> e.complaintId().equals(key)).map(EventEnvelope::type))
                        .containsExactly("ComplaintRegistered", "ComplaintAcknowledged");
            }
        }
        assertThat(relay.publishPending()).as("a sent event is not published again").isZero();
    }

    @Test
    void publishingBumpsTheVersionSoAStaleAggregateCannotWriteSentEventsBack() {
        broker.start(Duration.ofSeconds(60));
        mongo.save(new Case("K-9", null, "REGISTERED", List.of(PendingEvent.of(registered("K-9")))));
        Case stale = mongo.findById("K-9", Case.class);

        assertThat(relay.publishPending()).isEqualTo(1);

        Case fresh = mongo.findById("K-9", Case.class);
        assertThat(fresh.outbox()).isEmpty();
        assertThat(fresh.version()).isGreaterThan(stale.version());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> mongo.save(new Case("K-9", stale.version(), "CHANGED", stale.outbox())))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void aggregatesSavedWithPendingEventsArePublishedThroughTheirPointersBetweenFullSearches() {
        broker.start(Duration.ofSeconds(60));
        mongo.setEntityCallbacks(EntityCallbacks.create(new OutboxPointers(
                new StaticListableBeanFactory(Map.of("mongo", mongo)).getBeanProvider(MongoOperations.class),
                List.of("cases"))));
        OutboxRelay pointed = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("cases"),
                Duration.ofMillis(50), Duration.ofSeconds(3), 100, Duration.ofHours(1)), null);
        assertThat(pointed.publishPending()).as("the first round searches; nothing yet").isZero();

        mongo.save(new Case("K-7", null, "REGISTERED", List.of(PendingEvent.of(registered("K-7")))));
        Case registered = mongo.findById("K-7", Case.class);
        mongo.save(new Case("K-7", registered.version(), "ACKNOWLEDGED",
                List.of(registered.outbox().get(0), PendingEvent.of(registered("K-7")))));

        assertThat(pointed.publishPending()).as("found by its pointer, not by a search").isEqualTo(2);
        assertThat(mongo.findById("K-7", Case.class).outbox()).isEmpty();
        assertThat(mongo.getCollection(OutboxPointers.COLLECTION).countDocuments()).as("pointer removed").isZero();
        assertThat(pointed.publishPending()).as("nothing twice").isZero();
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.COMPLAINT)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.records().size() >= 2);
            assertThat(reader.records()).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo("K-7"));
        }
    }

    @Test
    void aRoundPublishesEveryAggregatesEventsInTheirOrderWithoutWaitingForEachAcknowledgement() {
        broker.start(Duration.ofSeconds(60));
        for (int i = 0; i < 40; i++) {
            EventEnvelope registered = registered("K-1" + i);
            mongo.save(new Case("K-1" + i, null, "ACKNOWLEDGED", PendingEvent.of(List.of(registered,
                    registered.causes(new ComplaintAcknowledged(EventFixtures.RECEIVED), "complaint-intake",
                            registered.occurredAt())))));
        }

        assertThat(relay.publishPending()).as("all in one round").isEqualTo(80);

        assertThat(pendingCount()).isZero();
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.COMPLAINT)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reader.records().size() >= 80);
            assertThat(reader.records()).hasSize(80);
            for (int i = 0; i < 40; i++) {
                String key = "K-1" + i;
                assertThat(reader.events().stream().filter(e -> e.complaintId().equals(key)).map(EventEnvelope::type))
                        .containsExactly("ComplaintRegistered", "ComplaintAcknowledged");
            }
        }
    }

    private long pendingCount() {
        return mongo.findAll(Case.class).stream().mapToLong(c -> c.outbox().size()).sum();
    }

    private static EventEnvelope registered(String complaintId) {
        return EventEnvelope.first(complaintId, EventFixtures.bejegeningRegistered(), "complaint-intake",
                Instant.parse("2026-04-24T09:15:00Z"), UUID.randomUUID());
    }
}
