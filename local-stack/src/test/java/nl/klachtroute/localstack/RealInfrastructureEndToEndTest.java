package nl.klachtroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The cross-service flow on the production engines: the four services (as the local stack runs them) on
 * the apache/kafka image in KRaft mode and a MongoDB replica set, the images docker-compose.yml deploys.
 * A conduct complaint goes from intake to findings-report (draft report for the teammanager), to
 * notification-service (the teammanager's task) and analytics (counted once), and intake learns the report
 * id back. Skipped where no Docker engine runs (our build machines); runs wherever Docker exists.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealInfrastructureEndToEndTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    private static final String COMPLAINT = """
            {"receivedOn": "2026-04-24", "channel": "WEB_FORM",
             "complainant": {"name": "Joris Verzonnen", "email": "joris.verzonnen@example.org"},
             "conductDate": "2026-04-20", "department": "Activering", "team": "Activering Noord",
             "category": "BEJEGENING", "description": "Ik werd aan de balie niet serieus genomen.",
             "employeesConcerned": ["mw.bakker"]}
            """;
    private static final String[][] HANDLER_STEPS = {
        { "acknowledge", "{}" },
        { "assign", "{\"handlerId\": \"h.devries\"}" },
        { "contact", "{\"contactedOn\": \"2026-04-27\", \"channel\": \"PHONE\", \"summary\": \"Klager gebeld\"}" },
        { "route", "{}" },
        { "request-findings-report", "{}" } };

    @TempDir
    Path data;

    @Test
    void aConductComplaintCrossesAllFourServicesOnKafkaAndAMongoReplicaSet() {
        LocalStack.Config config = LocalStack.Config.freePorts(data, false)
                .on(KAFKA.getBootstrapServers(), MONGO.getReplicaSetUrl(LocalStack.Config.DATABASE));
        try (LocalStack stack = LocalStack.start(config)) {
            var intake = stack.service("complaint-intake").url();
            Http.Response registered = Http.post(intake, "/api/complaints", "h.devries", COMPLAINT);
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            String id = registered.body().get("id").asString();
            for (String[] step : HANDLER_STEPS) {
                Http.Response answer = Http.post(intake, "/api/complaints/" + id + "/" + step[0], "h.devries", step[1]);
                assertThat(answer.status()).as(step[0] + ": " + answer.raw()).isEqualTo(200);
            }

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Http.get(
                    stack.service("findings-report").url(), "/api/reports/R-" + id, "tm.jansen").status()).isEqualTo(200));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Http.get(
                    stack.service("notification-service").url(), "/api/tasks", "tm.jansen").raw()).contains(id));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Http.get(
                    stack.service("analytics-service").url(), "/api/analytics/summary", "an.peters").body()
                    .get("total").get("count").asInt()).isEqualTo(1));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(Http.get(intake,
                    "/api/complaints/" + id, "h.devries").raw()).contains("R-" + id));
        }
    }
}
