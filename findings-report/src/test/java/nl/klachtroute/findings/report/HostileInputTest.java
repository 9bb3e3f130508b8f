package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.findings.ServiceTest;

/**
 * What a careless or hostile client may send to findings-report: each case gets a clear problem document
 * and leaves the report as it was; text stays text, also in the PDF.
 */
class HostileInputTest extends ServiceTest {

    private static final String TODAY = LocalDate.now(AMSTERDAM).toString();
    private static int next = 2100;
    private String id;

    @BeforeEach
    void openAReport() throws Exception {
        id = openReport(requested("K-2026-00" + next++, "Activering Noord", List.of(employeeRef("mw.bakker"))));
    }

    @Test
    void anOversizedHearingRecordIsRefusedWith413() throws Exception {
        mvc.perform(as("tm.jansen", post("/api/reports/{id}/hearings", id)).contentType(MediaType.APPLICATION_JSON)
                        .content(hearing("CITIZEN", TODAY, "x".repeat(600_000))))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(hearings()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"party\": \"CITIZEN\", \"heldOn\": |",
        "an unknown party|{\"party\": \"NEIGHBOUR\", \"heldOn\": \"2026-05-14\", \"companions\": 0, \"record\": \"Verslag\"}|party",
        "a number where a date belongs|{\"party\": \"CITIZEN\", \"heldOn\": 14, \"companions\": 0, \"record\": \"Verslag\"}|heldOn",
        "a hearing in the future|{\"party\": \"CITIZEN\", \"heldOn\": \"2099-05-14\", \"companions\": 0, \"record\": \"Verslag\"}|heldOn",
        "a negative number of companions|{\"party\": \"CITIZEN\", \"heldOn\": \"2026-05-14\", \"companions\": -3, \"record\": \"Verslag\"}|companions",
        "an empty record|{\"party\": \"CITIZEN\", \"heldOn\": \"2026-05-14\", \"companions\": 0, \"record\": \"  \"}|record",
        "a field for a special category of personal data|{\"party\": \"CITIZEN\", \"heldOn\": \"2026-05-14\", \"companions\": 0, \"record\": \"Verslag\", \"ethnicity\": \"x\"}|ethnicity" })
    void aBadHearingIsRefusedNamingTheFieldAndAddsNothing(String what, String body, String field) throws Exception {
        var answer = mvc.perform(as("tm.jansen", post("/api/reports/{id}/hearings", id))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).as(what).isIn(400, 422);
        if (field != null && !field.isBlank()) {
            assertThat(answer.getContentAsString()).as(what + ": names the field").contains(field);
        }
        assertThat(hearings()).as(what + ": nothing added").isZero();
    }

    @Test
    void markupInFindingsIsKeptAsTextInTheApiAndInThePdf() throws Exception {
        String markup = "<script>alert(1)</script> <b>vet</b> & meer";
        mvc.perform(as("tm.jansen", put("/api/reports/{id}/findings", id)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"findings\": \"" + markup + "\", \"proposedSolutions\": \"Een herstelgesprek.\"}"))
                .andExpect(status().isOk());

        String json = mvc.perform(as("tm.jansen", get("/api/reports/{id}", id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.findings")).isEqualTo(markup);
        byte[] pdf = mvc.perform(as("h.devries", get("/api/reports/{id}/export.pdf", id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("<script>alert(1)</script>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/reports/..%2F..%2Fetc%2Fpasswd", "/api/reports/R-K-2026-000001%00",
        "/api/reports/%7B%22$ne%22:null%7D", "/api/reports/R-K-1;drop" })
    void aHostileReportIdFindsNothing(String path) throws Exception {
        assertThat(mvc.perform(as("h.devries", get(path))).andReturn().getResponse().getStatus()).isIn(400, 404);
    }

    @Test
    void missingForgedAndWrongCredentialsChangeNothing() throws Exception {
        String body = hearing("CITIZEN", TODAY, "Verslag");
        mvc.perform(post("/api/reports/{id}/hearings", id).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/reports/{id}/hearings", id).header("Authorization", "Basic dG0uamFuc2VuOnJhZGVu")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/reports/{id}/hearings", id)
                .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJBRE1JTiJdfQ.")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        for (String other : List.of("tm.bakker", "an.peters", "mw.bakker")) {
            assertThat(mvc.perform(as(other, post("/api/reports/{id}/hearings", id))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus())
                    .as(other).isIn(403, 404);
        }
        assertThat(hearings()).isZero();
    }

    private int hearings() throws Exception {
        String json = mvc.perform(as("tm.jansen", get("/api/reports/{id}", id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andReturn().getResponse().getContentAsString();
        List<?> list = JsonPath.read(json, "$.hearings");
        return list.size();
    }

    private static String hearing(String party, String heldOn, String record) {
        return "{\"party\": \"%s\", \"heldOn\": \"%s\", \"companions\": 0, \"record\": \"%s\"}".formatted(party, heldOn,
                record);
    }
}
