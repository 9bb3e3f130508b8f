package nl.klachtroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * The whole route through a real KRaft broker, as the README walks it: the complaint team registers a
 * conduct complaint, acknowledges it, assigns the handler, contacts the citizen, starts the route
 * bejegening and requests the Rapport van Bevindingen; findings-report opens a draft report for the
 * teammanager of the team; notification-service puts a task in that teammanager's inbox and e-mails them;
 * analytics counts it; intake learns the report id back. Then the whole stack restarts on the same data
 * folder and the complaint is still there, counted once.
 */
class WalkingSkeletonEndToEndTest {

    private static final String BEJEGENING_COMPLAINT = """
            {"receivedOn": "2026-04-24", "channel": "WEB_FORM",
             "complainant": {"name": "Jan Fictief", "address": "Voorbeeldstraat 1, 1011 AA Amsterdam",
                             "email": "jan.fictief@example.org", "phone": "0612345678"},
             "conductDate": "2026-04-20", "department": "Activering", "team": "Activering Noord",
             "category": "BEJEGENING",
             "description": "De medewerker sprak mij tijdens het gesprek op een kleinerende toon aan.",
             "employeesConcerned": ["mw.bakker"]}
            """;

    /** Command and body, as the README's walkthrough sends them. */
    private static final String[][] HANDLER_STEPS = {
        { "acknowledge", "{}" },
        { "assign", "{\"handlerId\": \"h.devries\"}" },
        { "contact", "{\"contactedOn\": \"2026-04-27\", \"channel\": \"PHONE\", \"summary\": \"Klager gebeld\"}" },
        { "route", "{}" },
        { "request-findings-report", "{}" } };

    @TempDir
    Path data;

    @Test
    void aConductComplaintTravelsTheWholeRouteAndSurvivesARestart() {
        LocalStack.Config config = LocalStack.Config.freePorts(data, true);
        String id;
        try (LocalStack stack = LocalStack.start(config)) {
            var intake = stack.service("complaint-intake").url();
            var findings = stack.service("findings-report").url();
            var notification = stack.service("notification-service").url();
            var analytics = stack.service("analytics-service").url();
            for (LocalStack.Service service : stack.services()) {
                assertThat(Http.get(service.url(), "/actuator/health", null).raw()).contains("\"UP\"");
            }

            Http.Response registered = Http.post(intake, "/api/complaints", "h.devries", BEJEGENING_COMPLAINT);
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            id = registered.body().get("id").asString();
            String reportId = "R-" + id;
            // The handler takes the steps before the report is requested: acknowledgement, handler, first
            // contact with the citizen, the route bejegening, then the request itself.
            for (String[] step : HANDLER_STEPS) {
                Http.Response answer = Http.post(intake, "/api/complaints/" + id + "/" + step[0], "h.devries", step[1]);
                assertThat(answer.status()).as(step[0] + ": " + answer.raw()).isEqualTo(200);
            }
            assertThat(Http.get(intake, "/api/complaints/" + id, "h.devries").body().get("status").asString())
                    .isEqualTo("AWAITING_FINDINGS_REPORT");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(Http.get(findings, "/api/reports/" + reportId, "tm.jansen").status()).isEqualTo(200));
            assertThat(Http.get(findings, "/api/reports/" + reportId, "tm.bakker").status())
                    .as("a teammanager of another team may not read it").isIn(403, 404);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Http.Response tasks = Http.get(notification, "/api/tasks", "tm.jansen");
                assertThat(tasks.status()).isEqualTo(200);
                assertThat(tasks.raw()).contains(id);
            });
            assertThat(Http.get(notification, "/api/tasks", "mw.bakker").raw()).doesNotContain(id);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mailsTo(stack, "tm.jansen@klachtroute.local"))
                    .anySatisfy(mail -> assertThat(GreenMailUtil.getBody(mail)).contains(id)));
            Http.Response viewer = Http.get(stack.mailViewer(), "/api/messages", null);
            assertThat(viewer.raw()).as("the mail viewer shows the text a reader sees, not raw MIME")
                    .contains("Klacht " + id).doesNotContain("Content-Transfer-Encoding");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Http.Response summary = Http.get(analytics, "/api/analytics/summary", "an.peters");
                assertThat(summary.status()).isEqualTo(200);
                assertThat(summary.body().get("total").get("count").asInt()).isEqualTo(1);
            });

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(Http.get(intake, "/api/complaints/" + id, "h.devries").raw()).contains(reportId));
        }

        try (LocalStack restarted = LocalStack.start(config)) {
            Http.Response complaint = Http.get(restarted.service("complaint-intake").url(), "/api/complaints/" + id,
                    "h.devries");
            assertThat(complaint.status()).isEqualTo(200);
            assertThat(complaint.raw()).contains("R-" + id);
            Http.Response summary = Http.get(restarted.service("analytics-service").url(), "/api/analytics/summary",
                    "an.peters");
            assertThat(summary.body().get("total").get("count").asInt()).as("counted once, also after a restart").isEqualTo(1);
        }
    }

    private static java.util.List<MimeMessage> mailsTo(LocalStack stack, String address) {
        return Arrays.stream(stack.smtp().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
