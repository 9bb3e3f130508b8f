package nl.klachtroute.analytics.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.report.CouncilReport;

/** Every format of the council report carries the feedback lines, or says they are not measured yet. */
class CouncilReportFormatsTest {

    private static final List<CouncilReport.Line> COMPLAINTS = List.of(
            new CouncilReport.Line("Ontvangen klachten", "6", "4", "+2"));
    private static final List<CouncilReport.Line> FEEDBACK = List.of(
            new CouncilReport.Line("Tevredenheid over de behandeling, gemiddeld (1-5)", "3,2", "3,0", "+0,2"),
            new CouncilReport.Line("Ontevreden antwoorden gevolgd door heropening of ombudsman", "<5", "-", ""));

    private static CouncilReport report(List<CouncilReport.Line> feedback) {
        return new CouncilReport(2026, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null, COMPLAINTS,
                0.9, feedback.isEmpty() ? CouncilReport.SATISFACTION_NOT_MEASURED : CouncilReport.SATISFACTION_MEASURED,
                feedback);
    }

    @Test
    void csvHasTheFeedbackLinesAfterTheComplaintFigures() {
        assertThat(CouncilReportFormats.csv(report(FEEDBACK)).split("\r\n")).containsExactly(
                "periode;onderdeel;dit halfjaar;vorig halfjaar;verschil",
                "2026-H1;Ontvangen klachten;6;4;+2",
                "2026-H1;Tevredenheid over de behandeling, gemiddeld (1-5);3,2;3,0;+0,2",
                "2026-H1;Ontevreden antwoorden gevolgd door heropening of ombudsman;<5;-;");
    }

    @Test
    void csvSaysNotMeasuredOnlyWithoutAnyAnswer() {
        assertThat(CouncilReportFormats.csv(report(List.of())).split("\r\n")).containsExactly(
                "periode;onderdeel;dit halfjaar;vorig halfjaar;verschil",
                "2026-H1;Ontvangen klachten;6;4;+2",
                "2026-H1;tevredenheid, bejegening en vertrouwen;niet gemeten;niet gemeten;");
    }

    @Test
    void thePrintablePageExplainsTheFiguresAndShowsThemInATableEscaped() {
        String html = CouncilReportFormats.html(report(FEEDBACK));

        assertThat(html).contains("<h2>Tevredenheid, bejegening en vertrouwen</h2>", "Na afsluiting van een klacht",
                "<td>Tevredenheid over de behandeling, gemiddeld (1-5)</td><td class=\"n\">3,2</td>"
                        + "<td class=\"n\">3,0</td><td class=\"n\">+0,2</td>",
                "<td class=\"n\">&lt;5</td>")
                .doesNotContain("Nog niet gemeten");
        assertThat(html.split("<table>", -1)).as("complaint figures, then the answers").hasSize(3);
    }

    @Test
    void thePrintablePageSaysNotMeasuredWithoutAnyAnswer() {
        String html = CouncilReportFormats.html(report(List.of()));

        assertThat(html).contains("<h2>Tevredenheid, bejegening en vertrouwen</h2>\n<p>Nog niet gemeten");
        assertThat(html.split("<table>", -1)).as("only the complaint figures").hasSize(2);
    }
}
