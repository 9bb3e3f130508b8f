package nl.klachtroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMailUtil;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * Both routes of issue 3 through the real stack (KRaft broker, store, the four services): a conduct
 * complaint from registration through its Rapport van Bevindingen (the teammanager's hearings and
 * submission, SIS acceptance) to closure and the ombudsman, and a standard complaint to informal
 * resolution. Asserts what intake published on {@value Topics#COMPLAINT}. Then the satisfaction check of
 * issue 9: citizens answer the page linked from their outcome e-mail, the handler gets the unhappy answer as a task,
 * and analytics shows the year's figures. The complaints are received today, so no deadline alert comes between
 * the steps.
 */
class ComplaintRouteEndToEndTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path data;
    private static LocalStack stack;
    private static URI intake;
    private static URI findings;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(LocalStack.Config.freePorts(data, false));
        intake = stack.service("complaint-intake").url();
        findings = stack.service("findings-report").url();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aConductComplaintGoesThroughItsReportToClosureAndTheOmbudsman() {
        String id = register("""
                {"receivedOn": "%s", "channel": "EMAIL",
                 "complainant": {"name": "Jan Fictief", "address": "Voorbeeldstraat 1, 1011 AA Amsterdam",
                                 "email": "jan.fictief@example.org"},
                 "department": "Activering", "team": "Activering Noord", "category": "ERVAREN_DISCRIMINATIE",
                 "description": "Ik voelde mij bij het intakegesprek anders behandeld.",
                 "employeesConcerned": ["mw.bakker"]}""".formatted(TODAY));
        step(id, "acknowledge", "{}");
        step(id, "assign", "{\"handlerId\": \"h.devries\"}");
        step(id, "contact", "{\"contactedOn\": \"%s\", \"channel\": \"PHONE\", \"summary\": \"Klager gebeld\"}"
                .formatted(TODAY));
        step(id, "route", "{}");
        step(id, "inform-employee", "{}");
        assertThat(step(id, "request-findings-report", "{}")).contains("\"AWAITING_FINDINGS_REPORT\"");

        // The teammanager of Activering Noord writes the report: two hearings, findings, submission.
        String report = "/api/reports/R-" + id;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(Http.get(findings, report, "tm.jansen").status()).isEqualTo(200));
        expectOk(Http.post(findings, report + "/hearings", "tm.jansen", """
                {"party": "CITIZEN", "heldOn": "%s", "companions": 1, "attendedBy": "een clientondersteuner",
                 "record": "Klager vertelde over het intakegesprek."}""".formatted(TODAY)));
        expectOk(Http.post(findings, report + "/hearings", "tm.jansen", """
                {"party": "EMPLOYEE", "heldOn": "%s", "companions": 0,
                 "record": "Medewerker gaf de eigen lezing."}""".formatted(TODAY)));
        expectOk(put(findings, report + "/findings", "tm.jansen", """
                {"findings": "Het gesprek liep stroef.", "proposedSolutions": "Een tweede gesprek met de klager."}"""));
        expectOk(Http.post(findings, report + "/submit", "tm.jansen", "{}"));
        // SIS: four eyes, so a handler who wrote no part of it.
        expectOk(Http.post(findings, report + "/accept", "h.smit", "{}"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                Http.get(intake, "/api/complaints/" + id, "h.devries").body().get("status").asString())
                .isEqualTo("FINDINGS_REPORT_ACCEPTED"));
        assertThat(Http.get(intake, "/api/complaints/" + id, "h.devries").body().get("hearings").size())
                .as("both hearings came back from findings-report").isEqualTo(2);
        step(id, "close", """
                {"judgement": "DEELS_GEGROND", "findings": "Het gesprek liep stroef.",
                 "conclusions": "Excuses aangeboden.", "improvementActions": ["Teamoverleg over gelijke behandeling"]}""");
        assertThat(step(id, "refer-to-ombudsman", "{}")).contains("\"REFERRED_TO_OMBUDSMAN\"");

        assertThat(publishedFor(id, 9)).extracting(EventEnvelope::type).containsExactly("ComplaintRegistered",
                "ComplaintAcknowledged", "HandlerAssigned", "CitizenContacted", "BejegeningRouteStarted",
                "EmployeeInformed", "FindingsReportRequested", "ComplaintClosed", "OmbudsmanReferralMade");
    }

    @Test
    void aStandardComplaintIsResolvedInformally() {
        String id = register("""
                {"receivedOn": "%s", "channel": "PHONE", "complainant": {"name": "Jan Fictief"},
                 "department": "Inkomen", "team": "Inkomen Zuid", "category": "TIJDIGHEID",
                 "description": "Mijn aanvraag ligt al maanden stil."}""".formatted(TODAY));
        step(id, "acknowledge", "{}");
        step(id, "assign", "{\"handlerId\": \"h.smit\"}");
        step(id, "contact", "{\"contactedOn\": \"%s\", \"channel\": \"PHONE\", \"summary\": \"Uitleg gegeven\"}"
                .formatted(TODAY));
        step(id, "route", "{}");
        assertThat(step(id, "resolve-informally", """
                {"citizenConfirmedOn": "%s", "confirmedVia": "EMAIL", "note": "Klager is tevreden."}"""
                .formatted(TODAY))).contains("\"RESOLVED_INFORMALLY\"");

        assertThat(publishedFor(id, 6)).extracting(EventEnvelope::type).containsExactly("ComplaintRegistered",
                "ComplaintAcknowledged", "HandlerAssigned", "CitizenContacted", "StandardRouteStarted",
                "ComplaintResolvedInformally");
    }

    /**
     * Issue 9: the citizen answers the satisfaction check from the link in the outcome e-mail, unhappy and asking
     * to talk again; the handler finds the task with the comment, intake's history shows the answer, the handler
     * reopens the complaint (which closes the task), and analytics counts the answer and the reopening.
     */
    @Test
    void unhappyAnswersFromTheOutcomeMailBringTheHandlerBackAndShowInTheFigures() {
        String id = closedComplaint("Noor Voorbeeld", "noor.voorbeeld@example.org");
        URI page = feedbackLink(id, "noor.voorbeeld@example.org");

        URI analytics = stack.service("analytics-service").url();
        String thisYear = "/api/analytics/feedback?from=" + TODAY.withDayOfYear(1) + "&to="
                + TODAY.withDayOfYear(TODAY.lengthOfYear());
        JsonNode before = Http.get(analytics, thisYear, "an.peters").body();
        assertThat(before.get("total").get("answers").asInt()).as(before.toString()).isZero();

        Http.Response answered = Http.form(page, "tevredenheid=2&respect=nee&vertrouwen=2&wens=praten"
                + "&opmerking=" + URLEncoder.encode("Ik ben nooit teruggebeld.", StandardCharsets.UTF_8));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(answered.raw()).contains("Bedankt voor uw antwoord");
        assertThat(Http.form(page, "tevredenheid=5&respect=ja&vertrouwen=5").status()).as("the link works once")
                .isEqualTo(409);

        // The handler's task, with the citizen's words in the inbox.
        URI notification = stack.service("notification-service").url();
        JsonNode task = await().atMost(Duration.ofSeconds(60)).until(() -> followUpTask(notification, id, "OPEN"),
                java.util.Objects::nonNull);
        assertThat(task.get("ownerId").asString()).isEqualTo("h.devries");
        assertThat(task.get("note").asString()).isEqualTo("Ik ben nooit teruggebeld.");
        assertThat(task.get("instruction").asString()).contains("wil er nog eens over praten");
        // Intake's history shows the answer, without the comment.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                Http.get(intake, "/api/complaints/" + id, "h.devries").raw()).contains("CITIZEN_FEEDBACK")
                .doesNotContain("nooit teruggebeld"));

        // The handler talks with the citizen and reopens the complaint: a recorded decision that does the task.
        step(id, "reopen", "{\"reason\": \"Klager gesproken: de aanvraag opnieuw bekijken.\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> followUpTask(notification, id, "DONE") != null);

        // Five more citizens answer; one wants to go to the ombudsman, which refers the complaint at once, and one
        // is content.
        String toOmbudsman = answerAfterClosure("Sem Proef", "sem.proef@example.org",
                "tevredenheid=1&respect=deels&vertrouwen=1&wens=ombudsman");
        answerAfterClosure("Lot Testing", "lot.testing@example.org", "tevredenheid=2&respect=ja&vertrouwen=3");
        answerAfterClosure("Bram Denkbeeld", "bram.denkbeeld@example.org", "tevredenheid=1&respect=nee&vertrouwen=2");
        answerAfterClosure("Ilse Verzonnen", "ilse.verzonnen@example.org",
                "tevredenheid=2&respect=deels&vertrouwen=2");
        answerAfterClosure("Daan Fictioneel", "daan.fictioneel@example.org", "tevredenheid=4&respect=ja&vertrouwen=4");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(intake,
                "/api/complaints/" + toOmbudsman, "h.devries").body().get("status").asString())
                .isEqualTo("REFERRED_TO_OMBUDSMAN"));

        // Six answers, five of them unhappy: enough to show the analyst and the council this year's figures.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode total = Http.get(analytics, thisYear, "an.peters").body().get("total");
            assertThat(total.get("suppressed").asBoolean()).as(total.toString()).isFalse();
            assertThat(total.get("answers").asInt()).isEqualTo(6);
            assertThat(total.get("meanSatisfaction").asDouble()).isEqualTo(2.0);
            assertThat(total.get("meanTrust").asDouble()).isEqualTo(2.33);
            assertThat(total.get("respect").get("yes").asDouble()).isEqualTo(0.333);
            assertThat(total.get("respect").get("partly").asDouble()).isEqualTo(0.333);
            assertThat(total.get("respect").get("no").asDouble()).isEqualTo(0.333);
            // Noor's complaint is open again, so it is no closure of the year to answer: five of the closures were.
            assertThat(total.get("responseRate").get("count").asInt()).isEqualTo(5);
            assertThat(total.get("unhappyFollowedUp").get("count").asInt()).as("a reopening and a referral")
                    .isEqualTo(2);
            assertThat(total.get("unhappyFollowedUp").get("of").asInt()).isEqualTo(5);
        });
    }

    /** A standard complaint of the citizen, handled by h.devries up to its closure; returns its id. */
    private static String closedComplaint(String name, String email) {
        String id = register("""
                {"receivedOn": "%s", "channel": "EMAIL",
                 "complainant": {"name": "%s", "address": "Proefweg 7, 1012 AB Amsterdam", "email": "%s"},
                 "department": "Inkomen", "team": "Inkomen Zuid", "category": "TIJDIGHEID",
                 "description": "Mijn aanvraag bijzondere bijstand ligt al maanden stil."}"""
                .formatted(TODAY, name, email));
        step(id, "acknowledge", "{}");
        step(id, "assign", "{\"handlerId\": \"h.devries\"}");
        step(id, "contact", "{\"contactedOn\": \"%s\", \"channel\": \"PHONE\", \"summary\": \"Klager gebeld\"}"
                .formatted(TODAY));
        step(id, "route", "{}");
        step(id, "hearing", "{\"party\": \"CITIZEN\", \"heldOn\": \"%s\", \"record\": \"Klager vertelde wat er "
                .formatted(TODAY) + "gebeurde.\"}");
        step(id, "close", """
                {"judgement": "ONGEGROND", "findings": "De aanvraag is binnen de termijn behandeld.",
                 "conclusions": "Uitleg gegeven over de termijnen.", "improvementActions": []}""");
        return id;
    }

    /** The personal link to the feedback page, taken from the outcome e-mail the citizen received. */
    private static URI feedbackLink(String id, String email) {
        String mail = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(stack.smtp()
                .getReceivedMessages()).filter(m -> GreenMailUtil.getWholeMessage(m).contains(email))
                .map(ComplaintRouteEndToEndTest::text).filter(t -> t.contains(id) && t.contains("/feedback/"))
                .findFirst().orElse(null), java.util.Objects::nonNull);
        Matcher link = Pattern.compile("(http://[^\\s\"<>]+/feedback/[A-Za-z0-9_-]{43})").matcher(mail);
        assertThat(link.find()).as("the outcome mail links to the feedback page").isTrue();
        return URI.create(link.group(1));
    }

    /** Closes a complaint of the citizen and answers the feedback page from its outcome mail; returns its id. */
    private static String answerAfterClosure(String name, String email, String form) {
        String id = closedComplaint(name, email);
        Http.Response answered = Http.form(feedbackLink(id, email), form);
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        return id;
    }

    /** The decoded text of a mail, all its parts. */
    private static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return content instanceof String text ? text : "";
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The open or done follow-up task for the complaint in h.devries's inbox, or null. */
    private static JsonNode followUpTask(URI notification, String id, String status) {
        Http.Response inbox = Http.get(notification, "/api/tasks?size=100&status=" + status, "h.devries");
        if (inbox.body() == null) {
            return null;
        }
        for (JsonNode item : inbox.body().get("items")) {
            if (id.equals(item.get("complaintId").asString())
                    && "FOLLOW_UP_FEEDBACK".equals(item.get("kind").asString())) {
                return item;
            }
        }
        return null;
    }

    private static String register(String json) {
        Http.Response registered = Http.post(intake, "/api/complaints", "h.devries", json);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return registered.body().get("id").asString();
    }

    /** A command of the handler h.devries; returns the answer. */
    private static String step(String id, String command, String json) {
        Http.Response answer = Http.post(intake, "/api/complaints/" + id + "/" + command, "h.devries", json);
        assertThat(answer.status()).as(command + ": " + answer.raw()).isEqualTo(200);
        return answer.raw();
    }

    private static void expectOk(Http.Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 299);
    }

    /** The events intake published about the complaint, once there are at least {@code count}. */
    private static List<EventEnvelope> publishedFor(String id, int count) {
        try (TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), Topics.COMPLAINT)) {
            return await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.events().stream().filter(e -> id.equals(e.complaintId())).toList(),
                            events -> events.size() >= count);
        }
    }

    /** The Http helper has no PUT; findings are written with one. */
    private static Http.Response put(URI base, String path, String user, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":klachtroute").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(20))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), null, response.body());
        } catch (IOException e) {
            return new Http.Response(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
