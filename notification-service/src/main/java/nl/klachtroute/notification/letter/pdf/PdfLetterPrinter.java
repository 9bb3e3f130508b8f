package nl.klachtroute.notification.letter.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import nl.klachtroute.notification.letter.LetterPrinter;
import nl.klachtroute.notification.letter.PrintableLetter;

/**
 * The letter on A4 for post: the municipality's header, the address for a window envelope, date, complaint
 * number and subject, then the same text as the e-mail (12 pt, the clients' council's advice), with a page
 * number on every page. Set in DejaVu Sans, embedded as a subset (the approach of findings-report's PDF), which
 * covers the names of Amsterdam's citizens where the PDF standard fonts would not; a character without a glyph
 * becomes "?".
 */
@Component
class PdfLetterPrinter implements LetterPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));
    private static final String FONTS = "/nl/klachtroute/notification/fonts/";
    private static final float MARGIN = 70;
    private static final float TOP = 60;
    private static final float BOTTOM = 70;
    private static final float BODY = 12;

    private final byte[] regularFont = resource(FONTS + "DejaVuSans.ttf");
    private final byte[] boldFont = resource(FONTS + "DejaVuSans-Bold.ttf");

    @Override
    public byte[] print(PrintableLetter letter) {
        try (PDDocument document = new PDDocument()) {
            Layout out = new Layout(document, PDType0Font.load(document, new ByteArrayInputStream(regularFont), true),
                    PDType0Font.load(document, new ByteArrayInputStream(boldFont), true));
            out.text(out.bold, 16, "Gemeente Amsterdam", 2);
            out.text(out.regular, 10, "Werk, Participatie en Inkomen · Klachtenteam Sociaal", 36);
            for (String line : letter.addressLines()) {
                out.text(out.regular, 11, line, 1);
            }
            out.space(letter.addressLines().isEmpty() ? 0 : 30);
            out.text(out.regular, 10, "Datum: " + DAY.format(letter.date()), 1);
            out.text(out.regular, 10, "Klachtnummer: " + letter.complaintId(), 1);
            out.text(out.regular, 10, "Onderwerp: " + letter.subject(), 24);
            for (PrintableLetter.Block block : letter.blocks()) {
                switch (block.type()) {
                    case TITLE -> out.text(out.bold, 15, block.text(), 10);
                    case HEADING -> {
                        out.space(6);
                        out.keepWithNext(50);
                        out.text(out.bold, 13, block.text(), 4);
                    }
                    case ITEM -> out.text(out.regular, BODY, "•  " + block.text(), 3);
                    case PARAGRAPH -> out.text(out.regular, BODY, block.text(), 8);
                }
            }
            out.finish();
            footers(document, out, letter);
            document.getDocumentInformation().setTitle(letter.subject() + " (klacht " + letter.complaintId() + ")");
            document.getDocumentInformation().setCreator("Klachtroute notification-service");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter as PDF", e);
        }
    }

    private static void footers(PDDocument document, Layout out, PrintableLetter letter) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setNonStrokingColor(0.3f);
                out.line(cs, out.regular, 9, MARGIN, 40, "Gemeente Amsterdam · klacht " + letter.complaintId()
                        + " · pagina " + (i + 1) + " van " + pages);
            }
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfLetterPrinter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets text from top to bottom on A4 pages, wrapping at spaces and starting a new page when one is full. */
    private static final class Layout {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDFont regular, PDFont bold) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
        }

        void text(PDFont font, float size, String text, float after) throws IOException {
            float leading = size * 1.35f;
            for (String line : wrap(font, size, text, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                ensure(leading);
                line(stream, font, size, MARGIN, y - size, line);
                y -= leading;
            }
            y -= after;
        }

        void space(float points) {
            y -= points;
        }

        void keepWithNext(float points) throws IOException {
            if (stream != null && y - points < BOTTOM) {
                newPage();
            }
        }

        void finish() throws IOException {
            if (stream == null) {
                newPage();
            }
            stream.close();
            stream = null;
        }

        void line(PDPageContentStream cs, PDFont font, float size, float x, float baseline, String text)
                throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(printable(font, text));
            cs.endText();
        }

        private List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                String printable = printable(font, paragraph);
                StringBuilder current = new StringBuilder();
                for (String word : printable.strip().split(" +")) {
                    String candidate = current.length() == 0 ? word : current + " " + word;
                    if (width(font, size, candidate) <= maxWidth || current.length() == 0) {
                        current.setLength(0);
                        current.append(candidate);
                    } else {
                        lines.add(current.toString());
                        current.setLength(0);
                        current.append(word);
                    }
                }
                lines.add(current.toString());
            }
            return lines;
        }

        private static float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text with characters the font cannot show replaced by "?" and control characters removed. */
        private static String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    return;
                }
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void ensure(float height) throws IOException {
            if (stream == null || y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            stream.setNonStrokingColor(0f);
            y = page.getMediaBox().getHeight() - TOP;
        }
    }
}
