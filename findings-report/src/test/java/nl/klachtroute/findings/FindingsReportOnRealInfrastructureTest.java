package nl.klachtroute.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.testing.TopicReader;

/**
 * findings-report on the engines of production: a MongoDB replica set and the apache/kafka image. A request
 * for a report, delivered twice, opens one draft report and publishes its opening once. Skipped where no
 * Docker engine runs (our build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "spring.config.name=" + FindingsReportApplication.CONFIG_NAME,
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=test-only-fictional-pseudonym-key",
        "klachtroute.outbox.poll-interval=50ms",
        "klachtroute.findings.deadline-scan.enabled=false" })
class FindingsReportOnRealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("klachtroute-findings"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRequestDeliveredTwiceOpensOneReportAndPublishesItOnce() throws Exception {
        EventEnvelope request = ServiceTest.requested("K-2026-000901", "Activering Noord", List.of());
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(KAFKA.getBootstrapServers())));
        try {
            String json = new EventCodec().encode(request);
            kafka.send(Topics.COMPLAINT, request.complaintId(), json).get();
            kafka.send(Topics.COMPLAINT, request.complaintId(), json).get(); // redelivered
        } finally {
            kafka.destroy();
        }

        String reportId = FindingsReport.idFor(request.complaintId());
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(reportId)), "findings_reports"));
        try (TopicReader reader = new TopicReader(KAFKA.getBootstrapServers(), Topics.FINDINGS)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.events().stream()
                    .anyMatch(e -> e.complaintId().equals(request.complaintId())
                            && e.type().equals("FindingsReportOpened")));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> reader.events().stream()
                    .filter(e -> e.complaintId().equals(request.complaintId())
                            && e.type().equals("FindingsReportOpened")).count() == 1);
        }
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(reportId)), "findings_reports")).isEqualTo(1);
    }
}
