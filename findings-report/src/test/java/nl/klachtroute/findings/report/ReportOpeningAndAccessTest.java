package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.fixtures.EventFixtures;
import nl.klachtroute.findings.ServiceTest;
import nl.klachtroute.support.testing.TopicReader;

/** The walking skeleton's hop: a requested report opens once for the right teammanager, and only the right people read it. */
class ReportOpeningAndAccessTest extends ServiceTest {

    @Autowired
    private Environment environment;

    @Test
    void aRequestedReportOpensOnceForTheTeammanagerOfTheTeamAndIsAnnouncedOnce() throws Exception {
        assertThat(environment.getProperty("spring.application.name")).as("loaded from findings-report.yml")
                .isEqualTo("findings-report");
        FindingsReportRequested fixture = EventFixtures.oneOfEach().stream()
                .filter(FindingsReportRequested.class::isInstance).map(FindingsReportRequested.class::cast)
                .findFirst().orElseThrow();
        EventEnvelope request = EventFixtures.envelope(fixture, "complaint-intake");
        String reportId = openReport(request);

        // The same event redelivered, and the same request sent again as a new event.
        publish(request);
        EventEnvelope resent = new EventEnvelope(UUID.randomUUID(), request.type(), request.schemaVersion(),
                request.occurredAt(), request.complaintId(), request.correlationId(), request.causationId(),
                request.producer(), request.payload());
        publish(resent);
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(request.eventId()) && processed(resent.eventId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents(reportId) == 0);

        assertThat(mongo.count(Query.query(Criteria.where("complaintId").is(EventFixtures.COMPLAINT_ID)),
                "findings_reports")).isEqualTo(1);
        Document stored = mongo.findById(reportId, Document.class, "findings_reports");
        assertThat(stored.getString("teammanagerId")).isEqualTo("tm.jansen");
        assertThat(stored.getString("status")).isEqualTo("DRAFT");
        // Requested on Saturday 2 May 2026: ten working days later, skipping 5 May, Ascension (14 May) and
        // the decree day 15 May, is Wednesday 20 May.
        assertThat(fixture.requestedOn()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(stored.getString("dueOn")).isEqualTo("2026-05-20");

        try (TopicReader reader = new TopicReader(brokers, Topics.FINDINGS)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !recordsOf(reader, EventFixtures.COMPLAINT_ID).isEmpty());
            List<ConsumerRecord<String, byte[]>> records = recordsOf(reader, EventFixtures.COMPLAINT_ID);
            assertThat(records).hasSize(1);
            String json = new String(records.get(0).value(), StandardCharsets.UTF_8);
            EventEnvelope opened = new EventCodec().decode(json);
            assertThat(EventSchemas.violations(EventCatalog.byName("FindingsReportOpened").orElseThrow(), json))
                    .isEmpty();
            assertThat(opened.payload()).isEqualTo(new FindingsReportOpened(reportId, "Activering", "Activering Noord",
                    "tm.jansen", LocalDate.parse(stored.getString("dueOn"))));
            assertThat(opened.causationId()).isEqualTo(request.eventId());
            assertThat(opened.correlationId()).isEqualTo(request.correlationId());
            assertThat(opened.producer()).isEqualTo("findings-report");
        }
    }

    @Test
    void theTeammanagerReadsTheReportAndTheReadIsInTheAccessTrail() throws Exception {
        String reportId = openReport(requested("K-2026-000601", "Activering Noord", List.of(employeeRef("mw.bakker"))));

        mvc.perform(as("tm.jansen", get("/api/reports/{id}", reportId)).header("X-Request-Id", "req-tm-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", "req-tm-1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").value(reportId))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.teammanagerId").value("tm.jansen"))
                .andExpect(jsonPath("$.readAs").value("TEAMMANAGER"));

        mvc.perform(as("sis.lead", get("/api/reports/{id}/access-log", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].actor").value("tm.jansen"))
                .andExpect(jsonPath("$.entries[0].role").value("TEAMMANAGER"))
                .andExpect(jsonPath("$.entries[0].action").value("READ"))
                .andExpect(jsonPath("$.entries[0].reportId").value(reportId))
                .andExpect(jsonPath("$.entries[0].requestId").value("req-tm-1"))
                .andExpect(jsonPath("$.entries[0].clientAddress").value("127.0.0.1"))
                .andExpect(jsonPath("$.entries[0].at").isNotEmpty())
                .andExpect(jsonPath("$.entries[0].previousHash").value("0".repeat(64)));
        mvc.perform(as("admin", get("/api/access-log").param("actor", "tm.jansen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.reportId == '" + reportId + "')]").isNotEmpty());

        assertThat(trailLength(reportId)).as("reading the trail is not a read of the report").isEqualTo(1);
    }

    @Test
    void everyoneElseIsRefusedAndLeavesNoReadInTheTrail() throws Exception {
        String reportId = openReport(requested("K-2026-000602", "Activering Noord", List.of(employeeRef("mw.bakker"))));

        for (String user : List.of("tm.bakker", "an.peters", "mw.bakker", "admin", "am.visser")) {
            mvc.perform(as(user, get("/api/reports/{id}", reportId)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/access-refused"));
        }
        mvc.perform(get("/api/reports/{id}", reportId)).andExpect(status().isUnauthorized());
        mvc.perform(as("h.devries", get("/api/reports/{id}", reportId))).andExpect(status().isOk());

        assertThat(trailLength(reportId)).isEqualTo(1);
    }

    @Test
    void aReportThatDoesNotExistIsNotFoundForAHandlerAndRefusedForEveryoneElse() throws Exception {
        mvc.perform(as("h.devries", get("/api/reports/{id}", "R-K-2026-999999")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as("tm.jansen", get("/api/reports/{id}", "R-K-2026-999999")))
                .andExpect(status().isForbidden());
        mvc.perform(as("h.devries", get("/api/reports/{id}", "R-<script>"))).andExpect(status().isBadRequest());
    }

    @Test
    void onlyAPrivacyOfficerOrAnAdminReadsTheAccessTrailAndNobodyCanDeleteIt() throws Exception {
        String reportId = openReport(requested("K-2026-000603", "Activering Noord", List.of()));
        mvc.perform(as("h.devries", get("/api/reports/{id}", reportId))).andExpect(status().isOk());

        for (String user : List.of("h.devries", "tm.jansen", "an.peters", "mw.bakker")) {
            mvc.perform(as(user, get("/api/reports/{id}/access-log", reportId)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(as("sis.lead", get("/api/reports/{id}/access-log", reportId))).andExpect(status().isOk());
        mvc.perform(as("admin", get("/api/reports/{id}/access-log", reportId))).andExpect(status().isOk());
        mvc.perform(as("admin", delete("/api/reports/{id}/access-log", reportId)))
                .andExpect(status().is4xxClientError());

        assertThat(trailLength(reportId)).isEqualTo(1);
    }

    @Test
    void aReportWhoseTeamNobodyLeadsGoesToTheFallbackAssignee() throws Exception {
        String reportId = openReport(requested("K-2026-000604", "Werk Oost", List.of(employeeRef("mw.bakker"))));

        mvc.perform(as("sis.lead", get("/api/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teammanagerId").value("sis.lead"));
    }

    @Test
    void eachCallerListsOnlyTheirOwnReports() throws Exception {
        String noord = openReport(requested("K-2026-000605", "Activering Noord", List.of()));
        String zuid = openReport(requested("K-2026-000606", "Inkomen Zuid", List.of()));

        mvc.perform(as("tm.jansen", get("/api/reports").param("size", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem(noord)))
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem(zuid))))
                .andExpect(jsonPath("$.items[*].team", Matchers.everyItem(Matchers.is("Activering Noord"))));
        mvc.perform(as("tm.bakker", get("/api/reports").param("size", "100")))
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem(zuid)))
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem(noord))));
        mvc.perform(as("h.devries", get("/api/reports").param("size", "1")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalItems").value(Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(as("an.peters", get("/api/reports"))).andExpect(status().isForbidden());
        mvc.perform(as("h.devries", get("/api/reports").param("size", "1000"))).andExpect(status().isBadRequest());

        assertThat(trailLength(noord)).as("a list shows no content and is not a read").isZero();
    }

    private boolean processed(UUID eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is("findings-report:" + eventId)), "inbox");
    }

    private long pendingEvents(String reportId) {
        Document document = mongo.findById(reportId, Document.class, "findings_reports");
        return document == null ? -1 : document.getList("outbox", Document.class).size();
    }

    private long trailLength(String reportId) {
        return mongo.count(Query.query(Criteria.where("reportId").is(reportId)), "report_access_log");
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOf(TopicReader reader, String complaintId) {
        return reader.records().stream().filter(r -> complaintId.equals(r.key())).toList();
    }
}
