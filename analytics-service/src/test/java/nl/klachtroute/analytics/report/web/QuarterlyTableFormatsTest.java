package nl.klachtroute.analytics.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.analytics.report.QuarterlyTable;

class QuarterlyTableFormatsTest {

    private static final Quarter Q1 = new Quarter(2026, 1);
    private final QuarterlyTable table = new QuarterlyTable(Q1, Q1, List.of(Q1),
            List.of(line("Beleid <Werk> & Inkomen", 3, 5, 1)), line("Totaal", 3, 5, 1));

    private static QuarterlyTable.Line line(String department, long count, long previous, long referrals) {
        return new QuarterlyTable.Line(department, List.of(new QuarterlyTable.Figure(Q1, count, previous, count - previous)),
                List.of(new QuarterlyTable.Figure(Q1, referrals, 0, referrals)), count, referrals);
    }

    @Test
    void csvHasOneLinePerDepartmentAndQuarterAndTheTotal() {
        assertThat(QuarterlyTableFormats.csv(table).split("\r\n")).containsExactly(
                "afdeling;kwartaal;klachten;klachten vorig kwartaal;verschil;ombudsmanverzoeken;verschil ombudsmanverzoeken",
                "Beleid <Werk> & Inkomen;2026-Q1;3;5;-2;1;+1",
                "Totaal;2026-Q1;3;5;-2;1;+1");
    }

    @Test
    void thePrintablePageIsDutchAndEscapesNames() {
        String html = QuarterlyTableFormats.html(table);
        assertThat(html).contains("<html lang=\"nl\">", "Kwartaaloverzicht klachten", "1e kwartaal 2026",
                "Beleid &lt;Werk&gt; &amp; Inkomen", "<td class=\"n\">3</td><td class=\"n\">-2</td>",
                "Verzoeken aan de ombudsman per afdeling", "<tr class=\"totaal\">");
        assertThat(html).doesNotContain("<Werk>");
    }
}
