package nl.klachtroute.analytics.report.web;

import java.util.ArrayList;
import java.util.List;

import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.analytics.report.QuarterlyTable;

/** The quarterly table as CSV (for a spreadsheet) and as a printable HTML page, in Dutch. */
final class QuarterlyTableFormats {

    private QuarterlyTableFormats() {
    }

    /**
     * One line per department and quarter, semicolon-separated as Dutch spreadsheets expect, the total
     * as department {@code Totaal}.
     */
    static String csv(QuarterlyTable table) {
        StringBuilder csv = new StringBuilder(
                "afdeling;kwartaal;klachten;klachten vorig kwartaal;verschil;ombudsmanverzoeken;verschil ombudsmanverzoeken\r\n");
        lines(table).forEach(line -> {
            for (int i = 0; i < line.complaints().size(); i++) {
                QuarterlyTable.Figure complaints = line.complaints().get(i);
                QuarterlyTable.Figure referrals = line.ombudsmanReferrals().get(i);
                csv.append(csvField(line.department())).append(';').append(complaints.quarter()).append(';')
                        .append(complaints.count()).append(';').append(complaints.previous()).append(';')
                        .append(signed(complaints.change())).append(';').append(referrals.count()).append(';')
                        .append(signed(referrals.change())).append("\r\n");
            }
        });
        return csv.toString();
    }

    static String html(QuarterlyTable table) {
        StringBuilder html = PrintablePage.open("Kwartaaloverzicht klachten");
        html.append("<h1>Kwartaaloverzicht klachten</h1>\n<p>").append(PrintablePage.escape(table.from().dutchName()))
                .append(" t/m ").append(PrintablePage.escape(table.to().dutchName()))
                .append(". Verschil = ten opzichte van het vorige kwartaal.</p>\n");
        section(html, "Ingekomen klachten per afdeling", table, QuarterlyTable.Line::complaints,
                QuarterlyTable.Line::complaintsTotal);
        section(html, "Verzoeken aan de ombudsman per afdeling", table, QuarterlyTable.Line::ombudsmanReferrals,
                QuarterlyTable.Line::ombudsmanReferralsTotal);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder html, String title, QuarterlyTable table,
            java.util.function.Function<QuarterlyTable.Line, List<QuarterlyTable.Figure>> figures,
            java.util.function.ToLongFunction<QuarterlyTable.Line> total) {
        html.append("<h2>").append(PrintablePage.escape(title)).append("</h2>\n<table>\n<thead><tr><th>Afdeling</th>");
        for (Quarter quarter : table.quarters()) {
            html.append("<th>").append(PrintablePage.escape(quarter.dutchName())).append("</th><th>Verschil</th>");
        }
        html.append("<th>Totaal</th></tr></thead>\n<tbody>\n");
        lines(table).forEach(line -> {
            html.append(line == table.total() ? "<tr class=\"totaal\">" : "<tr>").append("<th scope=\"row\">")
                    .append(PrintablePage.escape(line.department())).append("</th>");
            figures.apply(line).forEach(figure -> html.append("<td class=\"n\">").append(figure.count())
                    .append("</td><td class=\"n\">").append(signed(figure.change())).append("</td>"));
            html.append("<td class=\"n\">").append(total.applyAsLong(line)).append("</td></tr>\n");
        });
        html.append("</tbody>\n</table>\n");
    }

    private static List<QuarterlyTable.Line> lines(QuarterlyTable table) {
        List<QuarterlyTable.Line> lines = new ArrayList<>(table.departments());
        lines.add(table.total());
        return lines;
    }

    private static String signed(long change) {
        return change > 0 ? "+" + change : Long.toString(change);
    }

    private static String csvField(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

}
