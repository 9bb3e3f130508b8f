package nl.klachtroute.analytics.report.web;

import nl.klachtroute.analytics.report.CouncilReport;

/** The council's half-year report as CSV and as a printable Dutch page. */
final class CouncilReportFormats {

    private CouncilReportFormats() {
    }

    static String csv(CouncilReport report) {
        StringBuilder csv = new StringBuilder("periode;onderdeel;dit halfjaar;vorig halfjaar;verschil\r\n");
        report.lines().forEach(line -> csv.append(report.label()).append(';').append(line.figure()).append(';')
                .append(line.now()).append(';').append(line.before()).append(';').append(line.change()).append("\r\n"));
        csv.append(report.label()).append(";tevredenheid, bejegening en vertrouwen;niet gemeten;niet gemeten;\r\n");
        return csv.toString();
    }

    static String html(CouncilReport report) {
        String period = (report.half() == 1 ? "eerste" : "tweede") + " halfjaar " + report.year();
        StringBuilder html = PrintablePage.open("Voortgangsrapportage klachten " + period);
        html.append("<h1>Voortgangsrapportage klachten, ").append(PrintablePage.escape(period)).append("</h1>\n")
                .append("<p>Klachten over WPI, behandeld door het Klachtenteam Sociaal, vergeleken met het halfjaar ")
                .append("ervoor. Aantallen kleiner dan 5 staan er als &lt;5.</p>\n<table>\n<thead><tr><th>Onderdeel</th>")
                .append("<th>Dit halfjaar</th><th>Vorig halfjaar</th><th>Verschil</th></tr></thead>\n<tbody>\n");
        report.lines().forEach(line -> html.append("<tr><td>").append(PrintablePage.escape(line.figure()))
                .append("</td><td class=\"n\">").append(PrintablePage.escape(line.now()))
                .append("</td><td class=\"n\">").append(PrintablePage.escape(line.before()))
                .append("</td><td class=\"n\">").append(PrintablePage.escape(line.change())).append("</td></tr>\n"));
        return html.append("</tbody>\n</table>\n<h2>Tevredenheid, bejegening en vertrouwen</h2>\n<p>")
                .append(PrintablePage.escape(report.satisfaction())).append("</p>\n</body>\n</html>\n").toString();
    }
}
