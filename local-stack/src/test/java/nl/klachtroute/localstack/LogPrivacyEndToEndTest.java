package nl.klachtroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMailUtil;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The logs of a whole route carry no personal data and let an operator follow one request: a fictional
 * citizen's conduct complaint goes through intake, the letters and tasks of notification-service, the report
 * of findings-report and the counts of analytics; afterwards no log line of any service holds the citizen's
 * name, address, e-mail address, phone number, the description or the employee's staff id, and the
 * correlation id the caller gave on registration stands on the log lines of more than one service.
 */
class LogPrivacyEndToEndTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String[] PERSONAL = { "Wilma Denkbeeldig", "Denkbeeldig", "Proefpad 17", "1097 ZZ",
        "wilma.denkbeeldig@example.org", "020 555 0177", "kleinerende toon", "mw.bakker" };

    @TempDir
    static Path data;
    private static LocalStack stack;
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(LocalStack.Config.freePorts(data, false));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LOGS.start();
        root.addAppender(LOGS);
    }

    @AfterAll
    static void stopStack() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aWholeRouteLeavesNoPersonalDataInAnyLogAndOneCorrelationIdAcrossTheServices() throws Exception {
        URI intake = stack.service("complaint-intake").url();
        UUID correlation = UUID.randomUUID();
        HttpResponse<String> registered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                intake.resolve("/api/complaints")).header("Content-Type", "application/json")
                .header("Authorization", basic("h.devries")).header("X-Correlation-Id", correlation.toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"receivedOn": "%s", "channel": "WEB_FORM",
                         "complainant": {"name": "Wilma Denkbeeldig", "address": "Proefpad 17, 1097 ZZ Amsterdam",
                                         "email": "wilma.denkbeeldig@example.org", "phone": "020 555 0177"},
                         "department": "Activering", "team": "Activering Noord", "category": "BEJEGENING",
                         "description": "De medewerker sprak mij op een kleinerende toon aan.",
                         "employeesConcerned": ["mw.bakker"]}""".formatted(TODAY))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.headers().firstValue("X-Correlation-Id")).contains(correlation.toString());
        String id = registered.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        for (String[] step : List.of(new String[] { "acknowledge", "{}" },
                new String[] { "assign", "{\"handlerId\": \"h.smit\"}" },
                new String[] { "contact", "{\"contactedOn\": \"" + TODAY + "\", \"channel\": \"PHONE\", "
                        + "\"summary\": \"Wilma Denkbeeldig gebeld over de kleinerende toon\"}" },
                new String[] { "route", "{}" }, new String[] { "inform-employee", "{}" },
                new String[] { "request-findings-report", "{}" })) {
            Http.Response answer = Http.post(intake, "/api/complaints/" + id + "/" + step[0], "h.devries", step[1]);
            assertThat(answer.status()).as(step[0] + ": " + answer.raw()).isEqualTo(200);
        }

        // The letters went out (with the citizen's details fetched from intake), the teammanager got the
        // report and the task, analytics counted the complaint: every service has handled it.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Arrays.stream(
                stack.smtp().getReceivedMessages()).map(GreenMailUtil::getWholeMessage))
                .anySatisfy(mail -> assertThat(mail).contains("wilma.denkbeeldig@example.org")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(
                stack.service("findings-report").url(), "/api/reports/R-" + id, "tm.jansen").status()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(
                stack.service("notification-service").url(), "/api/tasks", "tm.jansen").raw()).contains(id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(
                stack.service("analytics-service").url(), "/api/analytics/summary", "an.peters").body()
                .get("total").get("count").asInt()).isEqualTo(1));

        // notification-service handles the registration itself (the acknowledgement task) in its own time.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(logged())
                .filteredOn(line -> correlation.toString().equals(line.getMDCPropertyMap().get("correlationId")))
                .extracting(ILoggingEvent::getLoggerName)
                .anyMatch(logger -> logger.startsWith("nl.klachtroute.notification")));

        List<ILoggingEvent> lines = logged();
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).allSatisfy(line -> assertThat(line.getFormattedMessage() + " " + line.getMDCPropertyMap()
                + " " + (line.getThrowableProxy() == null ? "" : line.getThrowableProxy().getMessage()))
                .as(line.getLoggerName()).doesNotContain(PERSONAL));
        assertThat(lines).filteredOn(line -> correlation.toString().equals(line.getMDCPropertyMap().get("correlationId")))
                .extracting(ILoggingEvent::getLoggerName)
                .anyMatch(logger -> logger.startsWith("nl.klachtroute.intake"))
                .anyMatch(logger -> !logger.startsWith("nl.klachtroute.intake") && logger.startsWith("nl.klachtroute"));
    }

    private static List<ILoggingEvent> logged() {
        synchronized (LOGS) {
            return List.copyOf(LOGS.list);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":klachtroute").getBytes(StandardCharsets.UTF_8));
    }
}
