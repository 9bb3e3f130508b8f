package nl.klachtroute.analytics.report.web;

import java.util.List;

import nl.klachtroute.analytics.report.CouncilReport;

/** The council's half-year report as CSV and as a printable Dutch page. */
final class CouncilReportFormats {

    private CouncilReportFormats() {
    }

    static String csv(CouncilReport report) {
        StringBuilder csv = new StringBuilder("periode;onderdeel;dit halfjaar;vorig halfjaar;verschil\r\n");
        report.lines().forEach(line -> csvLine(csv, report, line));
        if (report.satisfactionMeasured()) {
            report.feedback().forEach(line -> csvLine(csv, report, line));
        } else {
            csv.append(report.label()).append(";tevredenheid, bejegening en vertrouwen;niet gemeten;niet gemeten;\r\n");
        }
        return csv.toString();
    }

    private static void csvLine(StringBuilder csv, CouncilReport report, CouncilReport.Line line) {
        csv.append(report.label()).append(';').append(line.figure()).append(';').append(line.now()).append(';')
                .append(line.before()).append(';').append(line.change()).append("\r\n");
    }

    static String html(CouncilReport report) {
        String period = (report.half() == 1 ? "eerste" : "tweede") + " halfjaar " + report.year();
        StringBuilder html = PrintablePage.open("Voortgangsrapportage klachten " + period);
        html.append("<h1>Voortgangsrapportage klachten, ").append(PrintablePage.escape(period)).append("</h1>\n")
                .append("<p>Klachten over WPI, behandeld door het Klachtenteam Sociaal, vergeleken met het halfjaar ")
                .append("ervoor. Aantallen kleiner dan 5 staan er als &lt;5.</p>\n");
        table(html, report.lines());
        html.append("<h2>Tevredenheid, bejegening en vertrouwen</h2>\n<p>")
                .append(PrintablePage.escape(report.satisfaction())).append("</p>\n");
        if (report.satisfactionMeasured()) {
            table(html, report.feedback());
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, List<CouncilReport.Line> lines) {
        html.append("<table>\n<thead><tr><th>Onderdeel</th><th>Dit halfjaar</th><th>Vorig halfjaar</th>")
                .append("<th>Verschil</th></tr></thead>\n<tbody>\n");
        lines.forEach(line -> html.append("<tr><td>").append(PrintablePage.escape(line.figure()))
                .append("</td><td class=\"n\">").append(PrintablePage.escape(line.now()))
                .append("</td><td class=\"n\">").append(PrintablePage.escape(line.before()))
                .append("</td><td class=\"n\">").append(PrintablePage.escape(line.change())).append("</td></tr>\n"));
        html.append("</tbody>\n</table>\n");
    }
}
