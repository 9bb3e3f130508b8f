package nl.klachtroute.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.fixtures.EventFixtures;
import nl.klachtroute.support.testing.TopicReader;

/**
 * The outbox relay against a real MongoDB replica set and a real Kafka image. Skipped where no Docker
 * engine runs (our build machines); runs wherever Docker exists.
 */
@Testcontainers(disabledWithoutDocker = true)
class OutboxRelayOnRealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Document("cases")
    record Case(@Id String id, @Version Long version, String state, List<PendingEvent> outbox) {
    }

    @Test
    void stateAndEventsCommittedTogetherInATransactionArePublishedOnce() {
        MongoDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(MONGO.getReplicaSetUrl("klachtroute"));
        MongoTemplate mongo = new MongoTemplate(factory);
        mongo.createCollection("cases");
        TransactionTemplate tx = new TransactionTemplate(new MongoTransactionManager(factory));
        EventEnvelope registered = EventEnvelope.first("K-real-1", EventFixtures.bejegeningRegistered(),
                "complaint-intake", Instant.parse("2026-04-24T09:15:00Z"), UUID.randomUUID());
        tx.executeWithoutResult(status -> mongo.save(new Case("K-real-1", null, "REGISTERED",
                List.of(PendingEvent.of(registered)))));

        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(KAFKA.getBootstrapServers())));
        OutboxRelay relay = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("cases"),
                Duration.ofMillis(50), Duration.ofSeconds(10), 100, Duration.ZERO), null);

        await().atMost(Duration.ofSeconds(60)).until(() -> relay.publishPending() == 1);
        assertThat(relay.publishPending()).isZero();
        try (TopicReader reader = new TopicReader(KAFKA.getBootstrapServers(), Topics.COMPLAINT)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !reader.events().isEmpty());
            assertThat(reader.events()).extracting(EventEnvelope::eventId).containsExactly(registered.eventId());
        }
        kafka.destroy();
    }
}
