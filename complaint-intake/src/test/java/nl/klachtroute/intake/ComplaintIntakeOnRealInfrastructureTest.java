package nl.klachtroute.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;
import nl.klachtroute.support.testing.TopicReader;

/**
 * complaint-intake on the engines of production: a MongoDB replica set and the apache/kafka image. A
 * registered complaint leaves through the outbox exactly once, and the notification consumer records a
 * redelivered letter once. Skipped where no Docker engine runs (our build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "spring.config.name=" + ComplaintIntakeApplication.CONFIG_NAME,
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=integration-test-fictional-key",
        "klachtroute.outbox.poll-interval=50ms",
        "klachtroute.route.deadline-scan.enabled=false" })
@AutoConfigureMockMvc
@Import(IntakeTestClock.class)
class ComplaintIntakeOnRealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");
    private static final EventCodec CODEC = new EventCodec();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("klachtroute-intake"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aRegisteredComplaintIsPublishedOnceAndALetterSentIsRecordedOnce() throws Exception {
        String id = JsonPath.read(mvc.perform(post("/api/complaints").with(httpBasic("h.devries", "klachtroute"))
                .contentType(MediaType.APPLICATION_JSON).content(IntakeTestContext.standardComplaint(
                        IntakeTestContext.TODAY, "Inkomen Zuid")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        try (TopicReader reader = new TopicReader(KAFKA.getBootstrapServers(), Topics.COMPLAINT)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.records().stream()
                    .filter(r -> id.equals(r.key())).map(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .anyMatch(json -> CODEC.decode(json).type().equals("ComplaintRegistered")));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).count() == 1);
        }

        EventEnvelope sent = EventEnvelope.first(id, new MessageSent("M-5e4d3c2b", "acknowledgement", 2,
                MessageChannel.EMAIL, RecipientKind.CITIZEN), "notification-service",
                IntakeTestContext.NOW.plusSeconds(2), UUID.randomUUID());
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(KAFKA.getBootstrapServers())));
        try {
            kafka.send(Topics.NOTIFICATION, id, CODEC.encode(sent)).get();
            kafka.send(Topics.NOTIFICATION, id, CODEC.encode(sent)).get(); // redelivered
        } finally {
            kafka.destroy();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/complaints/{id}", id)
                .with(httpBasic("h.devries", "klachtroute")))
                .andExpect(jsonPath("$.timeline[?(@.type == 'MESSAGE_SENT')]").value(
                        org.hamcrest.Matchers.hasSize(1))));
    }
}
