package nl.klachtroute.analytics;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;

/**
 * analytics-service on the engines of production: a MongoDB replica set and the apache/kafka image. Three
 * complaints, one of them delivered twice, are counted three times. Skipped where no Docker engine runs
 * (our build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "spring.config.name=" + AnalyticsServiceApplication.CONFIG_NAME,
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=fictional-test-key-not-a-secret",
        "klachtroute.outbox.poll-interval=50ms",
        "klachtroute.analytics.signal-scan.enabled=false" })
@AutoConfigureMockMvc
class AnalyticsOnRealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("klachtroute-analytics"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void complaintsAreCountedOnceEvenWhenDeliveredTwice() throws Exception {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(KAFKA.getBootstrapServers())));
        EventCodec codec = new EventCodec();
        try {
            for (int i = 1; i <= 3; i++) {
                EventEnvelope registered = aComplaint("K-2018-" + i).receivedOn(LocalDate.of(2018, 3, i))
                        .in("Inkomen", "Inkomen West").about(Category.TIJDIGHEID).registeredEnvelope();
                kafka.send(Topics.COMPLAINT, registered.complaintId(), codec.encode(registered)).get();
                if (i == 2) {
                    kafka.send(Topics.COMPLAINT, registered.complaintId(), codec.encode(registered)).get();
                }
            }
        } finally {
            kafka.destroy();
        }

        String summary = "/api/analytics/summary?from=2018-01-01&to=2018-12-31";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(summary)
                .with(httpBasic("an.peters", "klachtroute"))).andExpect(jsonPath("$.total.count").value(3)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(
                get(summary).with(httpBasic("an.peters", "klachtroute"))).andExpect(jsonPath("$.total.count").value(3)));
    }
}
