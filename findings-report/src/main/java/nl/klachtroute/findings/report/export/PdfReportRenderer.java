package nl.klachtroute.findings.report.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.Hearing;
import nl.klachtroute.findings.report.Remark;
import nl.klachtroute.findings.report.ReportStatus;
import nl.klachtroute.findings.report.Step;
import nl.klachtroute.findings.report.application.ExportStamp;
import nl.klachtroute.findings.report.application.ReportRead;
import nl.klachtroute.findings.report.application.ReportRenderer;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * The Rapport van Bevindingen as a PDF for the dossier, in Dutch. Every page carries the stamp (who
 * exported it, when, which request) three times: in the header, in the footer and diagonally across the
 * page, so cutting off a margin does not remove it. The employee concerned gets the same redaction as in
 * the API: no attendees, no SIS remarks.
 * <p>
 * The text is set in DejaVu Sans (embedded as a subset), which covers the names of Amsterdam's citizens
 * (ş, ğ, ł ...) where the PDF standard fonts would not; a character it has no glyph for becomes "?".
 */
@Component
class PdfReportRenderer implements ReportRenderer {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss", DUTCH);
    private static final int MAX_NAME = 80;

    private final StaffDirectory directory;
    private final byte[] regularFont;
    private final byte[] boldFont;

    PdfReportRenderer(StaffDirectory directory) {
        this.directory = directory;
        this.regularFont = resource("/fonts/DejaVuSans.ttf");
        this.boldFont = resource("/fonts/DejaVuSans-Bold.ttf");
    }

    @Override
    public byte[] render(ReportRead read, ExportStamp stamp) {
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document,
                    PDType0Font.load(document, new ByteArrayInputStream(regularFont), true),
                    PDType0Font.load(document, new ByteArrayInputStream(boldFont), true));
            content(layout, read.report(), read.grant().redactsThirdParties());
            layout.finish();
            stampEveryPage(document, layout, read.report(), stamp);
            describe(document, read.report(), stamp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as PDF", e);
        }
    }

    /** The line every page carries: who exported this copy, and when. */
    static String exportedBy(ExportStamp stamp) {
        return "Geëxporteerd door " + shorten(stamp.readerName()) + " (" + stamp.readerId() + ") op "
                + MOMENT.format(ZonedDateTime.ofInstant(stamp.at(), stamp.zone()));
    }

    private void content(PdfLayout out, FindingsReport report, boolean redacted) throws IOException {
        out.title("Rapport van Bevindingen");
        out.subtitle("Route bejegening · klacht " + report.complaintId());
        out.field("Rapport", report.id());
        out.field("Klacht", report.complaintId());
        out.field("Afdeling", report.department());
        out.field("Team", report.team());
        out.field("Categorie", category(report.category()));
        out.field("Status", status(report.status()));
        out.field("Teammanager (opsteller)", name(report.teammanagerId()));
        out.field("Aangevraagd op", day(report.requestedOn()));
        out.field("Uiterlijk in te dienen op", day(report.dueOn()));
        step(out, "Ingediend bij SIS", report.submitted());
        step(out, "Geaccepteerd door SIS", report.accepted());
        step(out, "Gedeeld met de medewerker", report.shared());
        if (report.isAnonymised()) {
            out.field("Geanonimiseerd op", day(report.anonymisedOn()));
        }
        if (redacted) {
            out.space(6);
            out.note("Dit is het rapport zoals de medewerker over wie het gaat het mag zien: gegevens van anderen "
                    + "(wie er aanwezig waren, de opmerkingen van SIS) zijn weggelaten.");
        }

        out.heading("Hoorgesprekken");
        List<Hearing> hearings = report.hearings();
        if (hearings.isEmpty()) {
            out.paragraph("Er zijn nog geen hoorgesprekken vastgelegd.");
        }
        for (int i = 0; i < hearings.size(); i++) {
            Hearing h = hearings.get(i);
            out.subheading("Hoorgesprek " + (i + 1) + ": " + party(h.party()) + ", " + day(h.heldOn()));
            out.field("Meegebrachte personen", Integer.toString(h.companions()));
            if (!redacted && h.attendedBy() != null && !h.attendedBy().isBlank()) {
                out.field("Aanwezig", h.attendedBy());
            }
            out.field("Vastgelegd door", name(h.recordedBy()) + " op " + day(h.recordedOn()));
            out.label("Verslag");
            out.paragraph(h.record());
        }

        out.heading("Bevindingen");
        out.paragraph(report.findings() == null ? "Nog niet geschreven." : report.findings().findings());
        out.heading("Voorgestelde oplossingen voor herstel van de communicatie");
        String solutions = report.findings() == null ? null : report.findings().proposedSolutions();
        out.paragraph(solutions == null || solutions.isBlank() ? "Geen voorgesteld." : solutions);

        if (!redacted && !report.remarks().isEmpty()) {
            out.heading("Opmerkingen van SIS bij de kritische analyse");
            for (Remark remark : report.remarks()) {
                out.label(day(remark.on()) + ", " + name(remark.by()));
                out.paragraph(remark.text());
            }
        }
        out.space(12);
        out.note("Einde van het rapport.");
    }

    private void stampEveryPage(PDDocument document, PdfLayout layout, FindingsReport report, ExportStamp stamp)
            throws IOException {
        String exportedBy = exportedBy(stamp);
        String request = "Verzoek " + stamp.requestId() + " · deze export staat in het toegangslogboek van het rapport";
        String watermark = shorten(stamp.readerName()) + " · "
                + DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", DUTCH).format(ZonedDateTime.ofInstant(stamp.at(),
                        stamp.zone()));
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                cs.setNonStrokingColor(0.55f, 0f, 0f);
                layout.line(cs, layout.bold(), 8, PdfLayout.MARGIN, height - 30,
                        "VERTROUWELIJK · op naam gestelde kopie, niet verspreiden");
                cs.setNonStrokingColor(0.2f);
                layout.line(cs, layout.regular(), 8, PdfLayout.MARGIN, height - 41, exportedBy);
                layout.line(cs, layout.regular(), 7, PdfLayout.MARGIN, height - 51, request);

                layout.line(cs, layout.regular(), 8, PdfLayout.MARGIN, 40, exportedBy);
                layout.line(cs, layout.regular(), 8, PdfLayout.MARGIN, 29,
                        "Rapport van Bevindingen " + report.id() + " · pagina " + (i + 1) + " van " + pages);

                PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
                faint.setNonStrokingAlphaConstant(0.12f);
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(faint);
                cs.setNonStrokingColor(0.4f);
                // Diagonally through the middle of the page, where cropping cannot remove it.
                String mark = layout.printable(layout.bold(), watermark);
                float size = 30;
                float length = layout.bold().getStringWidth(mark) / 1000 * size;
                double angle = Math.toRadians(35);
                float x = (float) (width / 2 - Math.cos(angle) * length / 2 + Math.sin(angle) * size / 3);
                float y = (float) (height / 2 - Math.sin(angle) * length / 2 - Math.cos(angle) * size / 3);
                cs.beginText();
                cs.setFont(layout.bold(), size);
                cs.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
                cs.showText(mark);
                cs.endText();
                cs.restoreGraphicsState();
            }
        }
    }

    private static void describe(PDDocument document, FindingsReport report, ExportStamp stamp) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Rapport van Bevindingen " + report.id());
        info.setSubject(exportedBy(stamp));
        info.setCreator("Klachtroute findings-report");
        info.setCustomMetadataValue("ExportedBy", stamp.readerId());
        info.setCustomMetadataValue("ExportRequestId", stamp.requestId());
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.ofInstant(stamp.at(), stamp.zone())));
    }

    private void step(PdfLayout out, String label, Step step) throws IOException {
        if (step != null) {
            out.field(label, day(step.on()) + " door " + name(step.by()));
        }
    }

    private String name(String staffId) {
        if (staffId == null) {
            return "onbekend";
        }
        return directory.find(staffId).map(StaffMember::name).filter(n -> !n.isBlank())
                .map(n -> shorten(n) + " (" + staffId + ")").orElse(staffId);
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    private static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }

    private static String party(HearingParty party) {
        return party == HearingParty.CITIZEN ? "met de klager" : "met de medewerker";
    }

    static String status(ReportStatus status) {
        switch (status) {
            case DRAFT:
                return "concept, nog niemand gehoord";
            case HEARINGS_RECORDED:
                return "hoorgesprekken vastgelegd";
            case SUBMITTED:
                return "ingediend bij SIS voor kritische analyse";
            case RETURNED:
                return "teruggestuurd door SIS met opmerkingen";
            case ACCEPTED:
                return "geaccepteerd door SIS";
            case SHARED:
                return "gedeeld met de medewerker";
            default:
                return status.name();
        }
    }

    static String category(Category category) {
        if (category == null) {
            return "-";
        }
        if (category == Category.RE_INTEGRATIETRAJECT) {
            return "re-integratietraject";
        }
        return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
