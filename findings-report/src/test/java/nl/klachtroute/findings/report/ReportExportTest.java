package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import nl.klachtroute.findings.ServiceTest;
import nl.klachtroute.findings.audit.AccessAction;
import nl.klachtroute.findings.audit.AccessLog;
import nl.klachtroute.findings.audit.AccessLogEntry;

/**
 * The PDF for the dossier: it opens, every page names who exported it and when, and the export is exactly
 * one {@code EXPORT} entry in the access trail.
 */
class ReportExportTest extends ServiceTest {

    private static final String TODAY = LocalDate.now(AMSTERDAM).toString();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss",
            Locale.forLanguageTag("nl-NL"));
    private static final String ATTENDEES = "Klager, mevrouw Şahin (cliëntondersteuner), tm.jansen";
    private static final String REMARK = "Graag de oplossingen concreter maken.";

    @Autowired
    private AccessLog accessLog;

    @Test
    void aHandlersExportIsStampedOnEveryPageWithTheirNameAndTheTimeAndIsOneExportEntryInTheTrail() throws Exception {
        String id = openReport(requested("K-2026-001001", "Activering Noord", List.of(employeeRef("mw.bakker"))));
        hearing(id, "CITIZEN", longText("Klager vertelt hoe het gesprek aan de balie verliep.", 6_000));
        hearing(id, "EMPLOYEE", longText("De medewerker licht toe wat er die ochtend speelde.", 4_000));
        command("tm.jansen", put("/api/reports/{id}/findings", id).content(findings(
                longText("Uit beide gesprekken blijkt dat de toon kortaf was.", 6_000)))).andExpect(status().isOk());
        int trailBefore = accessLog.entriesOf(id).size();

        byte[] pdf = mvc.perform(as("h.devries", get("/api/reports/{id}/export.pdf", id))
                .header("X-Request-Id", "export-dossier-1"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Rapport-van-Bevindingen-" + id + ".pdf\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();

        List<AccessLogEntry> trail = accessLog.entriesOf(id);
        assertThat(trail).as("the export, and nothing else").hasSize(trailBefore + 1);
        assertThat(trail.stream().filter(e -> e.action() == AccessAction.EXPORT)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("h.devries");
            assertThat(e.role()).isEqualTo("HANDLER");
            assertThat(e.detail()).isEqualTo("pdf");
            assertThat(e.requestId()).isEqualTo("export-dossier-1");
        });
        assertThat(accessLog.verify(id).intact()).isTrue();
        AccessLogEntry export = trail.get(trail.size() - 1);
        String stamp = "Geëxporteerd door Hanna de Vries (h.devries) op "
                + MOMENT.format(ZonedDateTime.ofInstant(export.at(), AMSTERDAM));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("long enough to span several pages").isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(textOf(document, page)).as("page " + page).contains(stamp).contains("export-dossier-1")
                        .contains("pagina " + page + " van " + pages);
            }
            String all = textOf(document, 1, pages);
            assertThat(all).contains("Rapport van Bevindingen", "Hoorgesprekken", "met de klager",
                    "met de medewerker", "Bevindingen", ATTENDEES, "Teammanager (opsteller)", "Tom Jansen (tm.jansen)");
            assertThat(document.getDocumentInformation().getCustomMetadataValue("ExportedBy")).isEqualTo("h.devries");
        }
    }

    @Test
    void theEmployeeConcernedExportsOnlyTheirSharedRedactedCopyAndTeammanagersTakeNoCopies() throws Exception {
        String id = openReport(requested("K-2026-001002", "Activering Noord", List.of(employeeRef("mw.bakker"))));
        hearing(id, "CITIZEN", "Klager voelde zich niet serieus genomen.");
        command("tm.jansen", put("/api/reports/{id}/findings", id).content(findings("De toon was kortaf.")))
                .andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());
        command("h.devries", post("/api/reports/{id}/return", id).content("{\"remarks\":\"" + REMARK + "\"}"))
                .andExpect(status().isOk());
        command("tm.jansen", post("/api/reports/{id}/submit", id)).andExpect(status().isOk());
        command("h.devries", post("/api/reports/{id}/accept", id)).andExpect(status().isOk());

        for (String user : List.of("mw.bakker", "tm.jansen", "tm.bakker", "an.peters", "admin")) {
            mvc.perform(as(user, get("/api/reports/{id}/export.pdf", id))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://klachtroute.nl/problems/access-refused"));
        }
        mvc.perform(as("h.devries", get("/api/reports/{id}/export.pdf", "R-K-2026-999999")))
                .andExpect(status().isNotFound());
        command("h.devries", post("/api/reports/{id}/share", id)).andExpect(status().isOk());

        byte[] pdf = mvc.perform(as("mw.bakker", get("/api/reports/{id}/export.pdf", id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String all = textOf(document, 1, document.getNumberOfPages());
            assertThat(all).contains("Geëxporteerd door Mo Bakker (mw.bakker)", "Klager voelde zich niet serieus genomen.",
                    "gegevens van anderen").doesNotContain(ATTENDEES).doesNotContain(REMARK);
        }
        assertThat(accessLog.entriesOf(id).stream().filter(e -> e.action() == AccessAction.EXPORT))
                .as("refusals leave no export entry").singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo("EMPLOYEE"));
    }

    private void hearing(String id, String party, String record) throws Exception {
        command("tm.jansen", post("/api/reports/{id}/hearings", id).content("""
                {"party":"%s","heldOn":"%s","companions":1,"attendedBy":"%s","record":"%s"}"""
                .formatted(party, TODAY, ATTENDEES, record))).andExpect(status().isOk());
    }

    private static String findings(String text) {
        return "{\"findings\":\"" + text + "\",\"proposedSolutions\":\"Een herstelgesprek met klager en medewerker.\"}";
    }

    /** Fictional text of about {@code length} characters, in paragraphs, without characters JSON must escape. */
    private static String longText(String sentence, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() + sentence.length() + 12 < length; i++) {
            text.append(sentence).append(i % 6 == 0 ? "\\n\\n" : " ");
        }
        return text.toString().trim();
    }

    private static String textOf(PDDocument document, int page) throws IOException {
        return textOf(document, page, page);
    }

    private static String textOf(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }
}
