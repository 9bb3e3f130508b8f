package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.findings.ServiceTest;
import nl.klachtroute.support.testing.TopicReader;

/**
 * The report's life end to end: intake's {@code BejegeningRouteStarted} and {@code FindingsReportRequested}
 * on the complaint topic, then through the API hearings, findings, submission, SIS returning it with
 * remarks, resubmission, acceptance by someone who did not write it, sharing, and the employee reading it;
 * every step published on the findings topic.
 */
class ReportLifecycleTest extends ServiceTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    @Test
    void fromDraftThroughOneReturnToSharedWithTheEmployee() throws Exception {
        String complaintId = "K-2026-000701";
        EventEnvelope route = EventEnvelope.first(complaintId, new BejegeningRouteStarted("Activering",
                "Activering Noord"), "complaint-intake", Instant.now(), UUID.randomUUID());
        publish(route);
        EventEnvelope request = route.causes(requested(complaintId, "Activering Noord",
                List.of(employeeRef("mw.bakker"))).payload(), "complaint-intake", Instant.now());
        String id = openReport(request);

        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/illegal-transition"));
        command("tm.bakker", post("/api/reports/{id}/hearings", id).content(citizenHearing()))
                .andExpect(status().isForbidden());
        command("h.devries", post("/api/reports/{id}/hearings", id).content(citizenHearing()))
                .andExpect(status().isForbidden());

        // A retried request with the same Idempotency-Key records the hearing once.
        for (int i = 0; i < 2; i++) {
            command("tm.jansen", post("/api/reports/{id}/hearings", id).header("Idempotency-Key", "hearing-citizen-1")
                    .content(citizenHearing()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HEARINGS_RECORDED"))
                    .andExpect(jsonPath("$.revision").value(2));
        }
        command("tm.jansen", post("/api/reports/{id}/hearings", id).content("""
                {"party":"CITIZEN","heldOn":"%s","companions":3,"record":"Verslag."}""".formatted(TODAY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("companions"));
        command("tm.jansen", post("/api/reports/{id}/hearings", id).content("""
                {"party":"EMPLOYEE","heldOn":"%s","companions":0,"record":"Gesprek met de medewerker over de balie."}"""
                .formatted(TODAY))).andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("findings"));

        command("tm.jansen", put("/api/reports/{id}/findings", id).content("{\"findings\":\"" + "x".repeat(20_001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("findings"));
        command("tm.jansen", put("/api/reports/{id}/findings", id).header("If-Match", "\"1\"").content(findings()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/stale-revision"));
        command("tm.jansen", put("/api/reports/{id}/findings", id).header("If-Match", "\"3\"").content(findings()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"4\""));
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));

        command("tm.jansen", post("/api/reports/{id}/accept", id)).andExpect(status().isForbidden());
        command("h.devries", post("/api/reports/{id}/return", id).content("""
                {"remarks":"Graag de oplossingen concreter maken."}""")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        command("tm.jansen", put("/api/reports/{id}/findings", id).content(findings())).andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());

        mvc.perform(as("mw.bakker", get("/api/reports/{id}", id))).andExpect(status().isForbidden());
        command("h.devries", post("/api/reports/{id}/share", id)).andExpect(status().isConflict());
        command("h.devries", post("/api/reports/{id}/accept", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(as("mw.bakker", get("/api/reports/{id}", id))).andExpect(status().isForbidden());
        command("h.smit", post("/api/reports/{id}/share", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHARED"));

        mvc.perform(as("mw.bakker", get("/api/reports/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs").value("EMPLOYEE"))
                .andExpect(jsonPath("$.hearings.length()").value(2))
                .andExpect(jsonPath("$.hearings[0].record").isNotEmpty())
                .andExpect(jsonPath("$.hearings[0].attendedBy").doesNotExist())
                .andExpect(jsonPath("$.remarks").doesNotExist())
                .andExpect(jsonPath("$.employeeRefs").doesNotExist())
                .andExpect(jsonPath("$.findings").isNotEmpty());
        mvc.perform(as("tm.jansen", get("/api/reports/{id}", id)))
                .andExpect(jsonPath("$.hearings[0].attendedBy").value("Klager, een cliëntondersteuner, tm.jansen"))
                .andExpect(jsonPath("$.remarks[0].by").value("h.devries"));
        mvc.perform(as("mw.bakker", get("/api/reports"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));

        mvc.perform(as("sis.lead", get("/api/reports/{id}/access-log", id))).andExpect(status().isOk())
                // Nine changes (the retried hearing changed nothing), then the two reads.
                .andExpect(jsonPath("$.entries[*].detail").value(org.hamcrest.Matchers.contains("hearing CITIZEN",
                        "hearing EMPLOYEE", "findings", "submit", "return", "findings", "submit", "accept", "share",
                        "report", "report")))
                .andExpect(jsonPath("$.entries[8].action").value("CHANGE"))
                .andExpect(jsonPath("$.entries[8].actor").value("h.smit"))
                .andExpect(jsonPath("$.entries[9].action").value("READ"))
                .andExpect(jsonPath("$.entries[9].actor").value("mw.bakker"))
                .andExpect(jsonPath("$.entries[9].role").value("EMPLOYEE"));
        mvc.perform(as("sis.lead", get("/api/reports/{id}/access-log/verification", id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.entriesChecked").value(11));

        try (TopicReader reader = new TopicReader(brokers, Topics.FINDINGS)) {
            List<String> expected = List.of("FindingsReportOpened", "HearingHeld", "HearingHeld",
                    "FindingsReportSubmitted", "FindingsReportReturned", "FindingsReportSubmitted",
                    "FindingsReportAccepted", "FindingsReportShared");
            await().atMost(Duration.ofSeconds(30)).until(() -> jsonOf(reader, complaintId).size() >= expected.size());
            List<String> published = jsonOf(reader, complaintId);
            EventCodec codec = new EventCodec();
            assertThat(published).extracting(json -> codec.decode(json).type()).containsExactlyElementsOf(expected);
            assertThat(codec.decode(published.get(0)).correlationId()).as("one story with intake's route")
                    .isEqualTo(route.correlationId());
            for (String json : published) {
                EventEnvelope event = codec.decode(json);
                assertThat(EventSchemas.violations(EventCatalog.byName(event.type()).orElseThrow(), json)).as(json)
                        .isEmpty();
                assertThat(event.producer()).isEqualTo("findings-report");
                assertThat(json).doesNotContain("Klager").doesNotContain("concreter").doesNotContain("balie");
            }
        }
    }

    @Test
    void whenTheFallbackAssigneeWroteTheReportAnotherHandlerMustAcceptIt() throws Exception {
        String id = openReport(requested("K-2026-000702", "Werk Oost", List.of(employeeRef("mw.bakker"))));

        command("sis.lead", post("/api/reports/{id}/hearings", id).content(citizenHearing())).andExpect(status().isOk());
        command("sis.lead", put("/api/reports/{id}/findings", id).content(findings())).andExpect(status().isOk());
        command("sis.lead", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());

        command("sis.lead", post("/api/reports/{id}/accept", id)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/four-eyes"));
        command("h.smit", post("/api/reports/{id}/accept", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    private static String citizenHearing() {
        return """
                {"party":"CITIZEN","heldOn":"%s","companions":1,
                 "attendedBy":"Klager, een cliëntondersteuner, tm.jansen",
                 "record":"Klager voelde zich aan de balie niet serieus genomen. Excuses aangeboden."}"""
                .formatted(TODAY);
    }

    private static String findings() {
        return """
                {"findings":"De medewerker erkent dat het gesprek kortaf verliep.",
                 "proposedSolutions":"Een gesprek met klager, medewerker en teammanager."}""";
    }

    private static List<String> jsonOf(TopicReader reader, String complaintId) {
        return reader.records().stream().filter(r -> complaintId.equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
