package nl.klachtroute.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.support.outbox.OutboxAutoConfiguration;

/**
 * notification-service on the engines of production: a MongoDB replica set and the apache/kafka image. A
 * report opening, delivered twice, gives the teammanager one task and one e-mail. Skipped where no Docker
 * engine runs (our build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "spring.config.name=" + NotificationServiceApplication.CONFIG_NAME,
        "klachtroute.security.mode=dev-users",
        "klachtroute.pseudonym.key=test-fictional-key-not-a-secret",
        "klachtroute.outbox.poll-interval=100ms",
        "klachtroute.mail.dispatch-interval=100ms",
        "klachtroute.intake.base-url=http://127.0.0.1:9",
        "klachtroute.intake.username=h.devries",
        "klachtroute.intake.password=klachtroute" })
@AutoConfigureMockMvc
class NotificationOnRealInfrastructureTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");
    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("klachtroute-notification"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aReportOpeningDeliveredTwiceGivesTheTeammanagerOneTaskAndOneEmail() throws Exception {
        String complaint = "K-2026-000902";
        EventEnvelope opened = NotificationFlowTest.opened(complaint, "tm.jansen", LocalDate.now().plusDays(10));
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                OutboxAutoConfiguration.producerSettings(KAFKA.getBootstrapServers())));
        try {
            String json = new EventCodec().encode(opened);
            kafka.send(Topics.FINDINGS, complaint, json).get();
            kafka.send(Topics.FINDINGS, complaint, json).get(); // redelivered
        } finally {
            kafka.destroy();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/tasks")
                .with(httpBasic("tm.jansen", "klachtroute")))
                .andExpect(jsonPath("$.items[?(@.complaintId == '" + complaint + "')]").value(Matchers.hasSize(1))));
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout(complaint) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> mailsAbout(complaint) == 1);
        assertThat(mailsAbout(complaint)).isEqualTo(1);
    }

    private static long mailsAbout(String complaint) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> NotificationFlowTest.subject(m).contains(complaint))
                .count();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
