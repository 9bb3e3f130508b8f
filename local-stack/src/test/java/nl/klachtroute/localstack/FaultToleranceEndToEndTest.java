package nl.klachtroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMailUtil;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.support.testing.TopicReader;

/**
 * The promise of the brief on the real stack: a fault delays work but never drops or duplicates it. Each
 * scenario takes one part away while complaints are registered and acknowledged, brings it back, and then
 * finds every complaint once in intake, its two events once on the topic, its acknowledgement letter once
 * in the mailbox and every complaint counted once by analytics. Each scenario uses its own team, so the
 * counts of one do not mix with another's.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class FaultToleranceEndToEndTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final int COMPLAINTS = 6;

    @TempDir
    static Path data;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        // A persistent store, so that restarting it is a restart and not a fresh start.
        stack = LocalStack.start(LocalStack.Config.freePorts(data, true));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_kafkaDownWhileComplaintsAreRegistered() {
        stack.kafka().stop();
        List<String> ids;
        try {
            ids = registerAndAcknowledge("Fouttest Kafka", COMPLAINTS);
        } finally {
            stack.kafka().start(Duration.ofSeconds(90));
        }

        assertEverythingOnce("Fouttest Kafka", ids);
    }

    @Test
    void b_consumerServicesRestartedMidStream() {
        List<String> ids = new ArrayList<>(registerAndAcknowledge("Fouttest Herstart", 2));
        stack.stopService("analytics-service");
        stack.stopService("notification-service");
        try {
            ids.addAll(registerAndAcknowledge("Fouttest Herstart", 2));
        } finally {
            stack.startService("notification-service");
            stack.startService("analytics-service");
        }
        ids.addAll(registerAndAcknowledge("Fouttest Herstart", 2));

        assertEverythingOnce("Fouttest Herstart", ids);
    }

    @Test
    void c_storeRestartedWhileComplaintsComeIn() {
        List<String> ids = new ArrayList<>(registerAndAcknowledge("Fouttest Opslag", 3));
        stack.stopStore();
        try {
            assertThat(status(stack.service("complaint-intake").url(), "/actuator/health"))
                    .as("the operator sees the store is gone, without waiting for it").isEqualTo(503);
        } finally {
            stack.startStore();
        }
        ids.addAll(registerAndAcknowledge("Fouttest Opslag", 3));

        assertEverythingOnce("Fouttest Opslag", ids);
    }

    @Test
    void d_smtpDownWhileLettersAreDue() {
        stack.stopSmtp();
        List<String> ids;
        try {
            ids = registerAndAcknowledge("Fouttest Mail", COMPLAINTS);
        } finally {
            stack.startSmtp();
        }

        assertEverythingOnce("Fouttest Mail", ids);
    }

    /** Registers and acknowledges complaints the way a client should: retrying with the same Idempotency-Key. */
    private static List<String> registerAndAcknowledge(String team, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = team.replace(' ', '-') + "-" + System.nanoTime();
            String body = """
                    {"receivedOn": "%s", "channel": "EMAIL",
                     "complainant": {"name": "Fenna Fictief", "address": "Voorbeeldstraat 9, 1011 AB Amsterdam",
                                     "email": "fenna.fictief@example.org"},
                     "department": "Werk", "team": "%s", "category": "BEREIKBAARHEID",
                     "description": "Ik kreeg niemand te spreken."}""".formatted(TODAY, team);
            String answer = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> post("/api/complaints", body, key), r -> r != null && r.statusCode() == 201).body();
            Matcher id = ID.matcher(answer);
            assertThat(id.find()).isTrue();
            ids.add(id.group(1));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> post("/api/complaints/" + id.group(1) + "/acknowledge", "{}", null),
                            r -> r != null && (r.statusCode() == 200 || r.statusCode() == 409));
        }
        return ids;
    }

    private static void assertEverythingOnce(String team, List<String> ids) {
        URI intake = stack.service("complaint-intake").url();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(Http.get(intake, "/api/complaints?team=" + team.replace(" ", "%20") + "&size=50", "h.devries")
                        .body().get("totalElements").asLong()).isEqualTo(ids.size()));

        try (TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), Topics.COMPLAINT)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> typesPerComplaint(reader, ids),
                    perComplaint -> ids.stream().allMatch(id -> perComplaint.getOrDefault(id, List.of()).size() >= 2));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(typesPerComplaint(reader, ids)).allSatisfy((id, types) -> assertThat(types)
                            .as(id).containsExactly("ComplaintRegistered", "ComplaintAcknowledged")));
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(acknowledgementLetters(ids))
                .as("one acknowledgement letter per complaint").containsOnlyKeys(ids)
                .allSatisfy((id, letters) -> assertThat(letters).isEqualTo(1L)));

        URI analytics = stack.service("analytics-service").url();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(received(analytics, team))
                .isEqualTo(ids.size()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(received(analytics, team)).as("counted once").isEqualTo(ids.size());
            assertThat(acknowledgementLetters(ids).values()).as("no second letter").containsOnly(1L);
        });
    }

    private static Map<String, List<String>> typesPerComplaint(TopicReader reader, List<String> ids) {
        return reader.events().stream().filter(e -> ids.contains(e.complaintId()))
                .collect(Collectors.groupingBy(EventEnvelope::complaintId,
                        Collectors.mapping(EventEnvelope::type, Collectors.toList())));
    }

    private static Map<String, Long> acknowledgementLetters(List<String> ids) {
        return Arrays.stream(stack.smtp().getReceivedMessages()).map(GreenMailUtil::getWholeMessage)
                .filter(text -> text.contains("Wij hebben uw klacht ontvangen"))
                .flatMap(text -> ids.stream().filter(text::contains))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static long received(URI analytics, String team) {
        Http.Response kpis = Http.get(analytics, "/api/analytics/kpis?period=year&team=" + team.replace(" ", "%20"),
                "an.peters");
        assertThat(kpis.status()).as(kpis.raw()).isEqualTo(200);
        return kpis.body().get("rows").valueStream()
                .mapToLong(row -> row.path("kpis").path("received").path("count").asLong(0)).sum();
    }

    private static int status(URI base, String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpResponse<String> post(String path, String json, String idempotencyKey) {
        String token = Base64.getEncoder().encodeToString("h.devries:klachtroute".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(stack.service("complaint-intake").url().resolve(path))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + token)
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
