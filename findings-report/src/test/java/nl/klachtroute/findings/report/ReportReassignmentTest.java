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
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.Topics;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.findings.ServiceTest;
import nl.klachtroute.findings.audit.AccessAction;
import nl.klachtroute.findings.audit.AccessLog;
import nl.klachtroute.findings.audit.AccessLogEntry;
import nl.klachtroute.support.testing.TopicReader;

/** A handler hands a report to another teammanager: who may, to whom, when, and what the route hears of it. */
class ReportReassignmentTest extends ServiceTest {

    private static final String TODAY = LocalDate.now(AMSTERDAM).toString();

    @Autowired
    private AccessLog accessLog;

    @Test
    void aHandlerHandsTheReportToAnotherTeammanagerWhoThenWritesIt() throws Exception {
        String complaintId = "K-2026-000901";
        String id = openReport(requested(complaintId, "Activering Noord", List.of(employeeRef("mw.bakker"))));
        command("tm.jansen", post("/api/reports/{id}/hearings", id).content(hearing("CITIZEN")))
                .andExpect(status().isOk());

        command("tm.jansen", post("/api/reports/{id}/reassign", id).content(to("am.visser")))
                .andExpect(status().isForbidden());
        command("an.peters", post("/api/reports/{id}/reassign", id).content(to("am.visser")))
                .andExpect(status().isForbidden());
        for (String notATeammanager : List.of("mw.bakker", "h.smit", "nobody.known")) {
            command("h.devries", post("/api/reports/{id}/reassign", id).content(to(notATeammanager)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/not-a-teammanager"))
                    .andExpect(jsonPath("$.field").value("teammanagerId"));
        }
        command("h.devries", post("/api/reports/{id}/reassign", id).content(to("tm jansen<script>")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("teammanagerId"));
        command("h.devries", post("/api/reports/{id}/reassign", id).header("If-Match", "\"1\"").content(to("am.visser")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/stale-revision"));

        command("h.devries", post("/api/reports/{id}/reassign", id).header("If-Match", "\"2\"").content(to("am.visser")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HEARINGS_RECORDED"))
                .andExpect(header().string("ETag", "\"3\""));
        command("h.devries", post("/api/reports/{id}/reassign", id).content(to("am.visser")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(3));

        // The first teammanager still leads the team, so still reads it, but no longer writes it.
        command("tm.jansen", post("/api/reports/{id}/hearings", id).content(hearing("EMPLOYEE")))
                .andExpect(status().isForbidden());
        mvc.perform(as("tm.jansen", get("/api/reports/{id}", id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs").value("TEAMMANAGER"))
                .andExpect(jsonPath("$.teammanagerId").value("am.visser"));
        mvc.perform(as("am.visser", get("/api/reports/{id}", id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.readAs").value("ASSIGNEE"));
        command("am.visser", post("/api/reports/{id}/hearings", id).content(hearing("EMPLOYEE")))
                .andExpect(status().isOk());
        command("am.visser", put("/api/reports/{id}/findings", id).content("""
                {"findings":"Beide gesprekken gevoerd; de toon was te kortaf.","proposedSolutions":"Herstelgesprek."}"""))
                .andExpect(status().isOk());
        command("am.visser", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());
        command("h.devries", post("/api/reports/{id}/accept", id)).andExpect(status().isOk());
        command("h.devries", post("/api/reports/{id}/reassign", id).content(to("tm.jansen")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/illegal-transition"));

        List<AccessLogEntry> reassignments = accessLog.entriesOf(id).stream()
                .filter(e -> e.detail().startsWith("reassign")).toList();
        assertThat(reassignments).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AccessAction.CHANGE);
            assertThat(e.actor()).isEqualTo("h.devries");
            assertThat(e.role()).isEqualTo("HANDLER");
            assertThat(e.detail()).isEqualTo("reassign to am.visser");
        });

        try (TopicReader reader = new TopicReader(brokers, Topics.FINDINGS)) {
            List<String> expected = List.of("FindingsReportOpened", "HearingHeld", "FindingsReportAssigned",
                    "HearingHeld", "FindingsReportSubmitted", "FindingsReportAccepted");
            await().atMost(Duration.ofSeconds(30)).until(() -> jsonOf(reader, complaintId).size() >= expected.size());
            EventCodec codec = new EventCodec();
            List<String> published = jsonOf(reader, complaintId);
            assertThat(published).extracting(json -> codec.decode(json).type()).containsExactlyElementsOf(expected);
            String assigned = published.get(2);
            assertThat(EventSchemas.violations(EventCatalog.byName("FindingsReportAssigned").orElseThrow(), assigned))
                    .isEmpty();
            assertThat(codec.decode(assigned).payload())
                    .isEqualTo(new FindingsReportAssigned(id, "am.visser", "tm.jansen"));
        }
    }

    @Test
    void aReportIsNeverReassignedToATeammanagerItIsAbout() throws Exception {
        String id = openReport(requested("K-2026-000902", "Activering Noord", List.of(employeeRef("tm.bakker"))));

        command("h.devries", post("/api/reports/{id}/reassign", id).content(to("tm.bakker")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/involved-assignee"))
                .andExpect(jsonPath("$.field").value("teammanagerId"));

        mvc.perform(as("h.devries", get("/api/reports/{id}", id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.teammanagerId").value("tm.jansen"))
                .andExpect(jsonPath("$.revision").value(1));
    }

    private static String to(String teammanagerId) {
        return "{\"teammanagerId\":\"" + teammanagerId + "\"}";
    }

    private static String hearing(String party) {
        return """
                {"party":"%s","heldOn":"%s","companions":0,"record":"Gesprek over de bejegening aan de balie."}"""
                .formatted(party, TODAY);
    }

    private static List<String> jsonOf(TopicReader reader, String complaintId) {
        return reader.records().stream().filter(r -> complaintId.equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
