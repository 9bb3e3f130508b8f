package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
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
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.findings.ServiceTest;
import nl.klachtroute.support.testing.TopicReader;

/**
 * DOMAIN.md: once the complaint's retention period has passed, intake publishes {@code ComplaintAnonymised}
 * and the report keeps only what counts. Driven as in production: the event on the complaint topic of the
 * embedded broker, the report through the API.
 */
class ReportAnonymisationTest extends ServiceTest {

    private static final LocalDate TODAY = LocalDate.now(AMSTERDAM);
    private static final String ERASED = "(verwijderd na bewaartermijn)";
    /** What the people in the report said and wrote, and whom it is about: none of it may survive. */
    private static final String[] PERSONAL_OR_FREE_TEXT = { "Fenna", "Fictief", "mw.bakker", "balie", "kortaf",
        "Herstelgesprek", "telefoonnummer", "hearing-fenna" };

    @Test
    void afterTheRetentionPeriodTheReportKeepsItsCountsAndRefusesFurtherWork() throws Exception {
        String complaintId = "K-2026-001101";
        String bakker = employeeRef("mw.bakker");
        String id = openReport(requested(complaintId, "Activering Noord", List.of(bakker)));
        command("tm.jansen", post("/api/reports/{id}/hearings", id).header("Idempotency-Key", "hearing-fenna-1")
                .content("""
                        {"party":"CITIZEN","heldOn":"%s","companions":1,
                         "attendedBy":"Fenna Fictief, haar buurvrouw, tm.jansen",
                         "record":"Fenna Fictief vertelt dat mw.bakker haar aan de balie kortaf te woord stond."}"""
                        .formatted(TODAY))).andExpect(status().isOk());
        command("tm.jansen", put("/api/reports/{id}/findings", id).content("""
                {"findings":"mw.bakker erkent dat het gesprek met Fenna Fictief kortaf verliep.",
                 "proposedSolutions":"Herstelgesprek van Fenna Fictief met mw.bakker."}""")).andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());
        command("h.devries", post("/api/reports/{id}/return", id).content("""
                {"remarks":"Vraag Fenna Fictief om haar telefoonnummer voor het herstelgesprek."}"""))
                .andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());
        command("h.smit", post("/api/reports/{id}/accept", id)).andExpect(status().isOk());
        assertThat(storedJson(id)).as("the texts are there before").contains("Fenna Fictief", bakker);

        EventEnvelope anonymised = EventEnvelope.first(complaintId,
                new ComplaintAnonymised(TODAY, TODAY.minusYears(5).minusDays(1)), "complaint-intake", Instant.now(),
                UUID.randomUUID());
        publish(anonymised);
        await().atMost(Duration.ofSeconds(30)).until(() -> storedDocument(id).get("anonymisedOn") != null);

        assertThat(storedJson(id)).as("erased in the store, not only hidden by the API")
                .doesNotContain(PERSONAL_OR_FREE_TEXT).doesNotContain(bakker);
        int trailBefore = trailLength(id);
        mvc.perform(as("h.devries", get("/api/reports/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"8\""))
                .andExpect(jsonPath("$.anonymisedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.department").value("Activering"))
                .andExpect(jsonPath("$.team").value("Activering Noord"))
                .andExpect(jsonPath("$.category").value("BEJEGENING"))
                .andExpect(jsonPath("$.requestedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.dueOn").isNotEmpty())
                .andExpect(jsonPath("$.submittedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.acceptedOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.teammanagerId").value("tm.jansen"))
                .andExpect(jsonPath("$.employeeRefs").isEmpty())
                .andExpect(jsonPath("$.hearings.length()").value(1))
                .andExpect(jsonPath("$.hearings[0].party").value("CITIZEN"))
                .andExpect(jsonPath("$.hearings[0].heldOn").value(TODAY.toString()))
                .andExpect(jsonPath("$.hearings[0].companions").value(1))
                .andExpect(jsonPath("$.hearings[0].record").value(ERASED))
                .andExpect(jsonPath("$.hearings[0].attendedBy").value(ERASED))
                .andExpect(jsonPath("$.findings").value(ERASED))
                .andExpect(jsonPath("$.proposedSolutions").value(ERASED))
                .andExpect(jsonPath("$.remarks[0].text").value(ERASED))
                .andExpect(jsonPath("$.remarks[0].by").value("h.devries"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain(PERSONAL_OR_FREE_TEXT).doesNotContain(bakker));
        mvc.perform(as("sis.lead", get("/api/reports/{id}/access-log", id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(trailBefore + 1))
                .andExpect(jsonPath("$.entries[-1].action").value("READ"))
                .andExpect(jsonPath("$.entries[-1].actor").value("h.devries"))
                .andExpect(jsonPath("$.entries[-1].role").value("HANDLER"));

        command("h.smit", post("/api/reports/{id}/share", id)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("anonymised")));
        command("tm.jansen", put("/api/reports/{id}/findings", id).content("""
                {"findings":"Nieuwe bevindingen."}""")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(endsWith("anonymised")));

        // Redelivered, and published once more under a new event id: nothing changes further.
        publish(anonymised);
        EventEnvelope again = EventEnvelope.first(complaintId, anonymised.payload(), "complaint-intake",
                Instant.now(), UUID.randomUUID());
        publish(again);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(again.eventId()));
        Document stored = storedDocument(id);
        assertThat(stored.get("revision", Number.class).longValue()).isEqualTo(8);
        assertThat(stored.getString("anonymisedOn")).isEqualTo(TODAY.toString());
        assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
        assertThat(trailLength(id)).as("anonymising is no change by a person").isEqualTo(trailBefore + 1);

        try (TopicReader reader = new TopicReader(brokers, Topics.FINDINGS)) {
            List<String> expected = List.of("FindingsReportOpened", "HearingHeld", "FindingsReportSubmitted",
                    "FindingsReportReturned", "FindingsReportSubmitted", "FindingsReportAccepted");
            await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(reader, complaintId).size() >= expected.size());
            assertThat(typesOf(reader, complaintId)).as("no findings event for the anonymisation")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aComplaintWithoutAReportIsAnonymisedWithoutAnythingToDoHere() throws Exception {
        EventEnvelope anonymised = EventEnvelope.first("K-2026-001102",
                new ComplaintAnonymised(TODAY, TODAY.minusYears(5).minusDays(1)), "complaint-intake", Instant.now(),
                UUID.randomUUID());

        publish(anonymised);

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(anonymised.eventId()));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(FindingsReport.idFor("K-2026-001102"))),
                "findings_reports")).isFalse();
    }

    private Document storedDocument(String reportId) {
        return mongo.findById(reportId, Document.class, "findings_reports");
    }

    private String storedJson(String reportId) {
        return storedDocument(reportId).toJson();
    }

    private boolean processed(UUID eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is("findings-report:" + eventId)), "inbox");
    }

    private int trailLength(String reportId) {
        return (int) mongo.count(Query.query(Criteria.where("reportId").is(reportId)), "report_access_log");
    }

    private static List<String> typesOf(TopicReader reader, String complaintId) {
        EventCodec codec = new EventCodec();
        return reader.records().stream().filter(r -> complaintId.equals(r.key()))
                .map(r -> codec.decode(new String(r.value(), StandardCharsets.UTF_8)).type()).toList();
    }
}
