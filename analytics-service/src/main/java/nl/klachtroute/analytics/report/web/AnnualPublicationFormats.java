package nl.klachtroute.analytics.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.klachtroute.analytics.kpi.Kpis;
import nl.klachtroute.analytics.kpi.Ratio;
import nl.klachtroute.analytics.report.AnnualPublication;
import nl.klachtroute.analytics.summary.Cell;

/** The Awb 9:12a publication as CSV and as a printable Dutch page: one list of (onderdeel, waarde, aantal). */
final class AnnualPublicationFormats {

    private AnnualPublicationFormats() {
    }

    record Line(String part, String value, String count) {
    }

    static List<Line> lines(AnnualPublication publication) {
        List<Line> lines = new ArrayList<>();
        Kpis kpis = publication.kpis();
        lines.add(new Line("ontvangen", "totaal", kpis == null ? "0" : text(kpis.received())));
        if (kpis == null) {
            return lines;
        }
        cells(lines, "afdeling", publication.byDepartment());
        cells(lines, "categorie", publication.byCategory());
        cells(lines, "afhandeling", kpis.endings());
        lines.add(new Line("afhandeling", "nog open", Long.toString(publication.stillOpen())));
        cells(lines, "oordeel", kpis.judgements());
        cells(lines, "niet behandeld (Awb 9:8)", kpis.notHandled());
        lines.add(new Line("binnen de termijn afgehandeld", "aantal van afgesloten", ratio(kpis.handledOnTime())));
        lines.add(new Line("binnen 5 werkdagen contact", "aantal van te contacteren", ratio(kpis.contactedWithin5WorkingDays())));
        lines.add(new Line("verdaagd", "totaal", text(kpis.postponed())));
        lines.add(new Line("hoorzitting gehouden", "totaal", text(kpis.hearingsHeld())));
        cells(lines, "afgezien van horen (Awb 9:10)", kpis.hearingsWaived());
        lines.add(new Line("verbetermaatregelen", "totaal", text(kpis.improvementActions())));
        lines.add(new Line("doorverwezen naar de ombudsman", "totaal", text(kpis.ombudsmanReferrals())));
        return lines;
    }

    static String csv(AnnualPublication publication) {
        StringBuilder csv = new StringBuilder("jaar;onderdeel;waarde;aantal\r\n");
        lines(publication).forEach(line -> csv.append(publication.year()).append(';').append(line.part()).append(';')
                .append(line.value()).append(';').append(line.count()).append("\r\n"));
        return csv.toString();
    }

    static String html(AnnualPublication publication) {
        StringBuilder html = PrintablePage.open("Jaaroverzicht klachten");
        html.append("<h1>Jaaroverzicht klachten ").append(publication.year()).append("</h1>\n")
                .append("<p>Openbaarmaking van de ingekomen klachten (artikel 9:12a Awb), inclusief niet behandelde ")
                .append("en informeel opgeloste klachten.</p>\n<table>\n<thead><tr><th>Onderdeel</th><th>Waarde</th>")
                .append("<th>Aantal</th></tr></thead>\n<tbody>\n");
        lines(publication).forEach(line -> html.append("<tr><td>").append(PrintablePage.escape(line.part()))
                .append("</td><td>").append(PrintablePage.escape(line.value())).append("</td><td class=\"n\">")
                .append(PrintablePage.escape(line.count())).append("</td></tr>\n"));
        return html.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    private static void cells(List<Line> lines, String part, Map<String, Cell> cells) {
        cells.forEach((value, cell) -> lines.add(new Line(part, value, text(cell))));
    }

    private static String text(Cell cell) {
        return cell.suppressed() ? "<5" : Long.toString(cell.count());
    }

    private static String ratio(Ratio ratio) {
        return ratio.suppressed() ? "<5" : ratio.count() + " van " + ratio.of();
    }
}
