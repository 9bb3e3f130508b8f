package nl.klachtroute.findings.report.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Sets text on A4 pages from top to bottom: wraps it at word boundaries, starts a new page when one is
 * full, and leaves the margins free for the stamp. Not thread-safe: one layout per document.
 */
final class PdfLayout {

    static final float MARGIN = 56;
    private static final float TOP = 72;
    private static final float BOTTOM = 64;
    private static final float LABEL_WIDTH = 180;
    private static final float BODY = 10.5f;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfLayout(PDDocument document, PDFont regular, PDFont bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    void title(String text) throws IOException {
        block(bold, 18, 0, text, 6);
    }

    void subtitle(String text) throws IOException {
        block(regular, 11, 0, text, 14);
    }

    void heading(String text) throws IOException {
        space(10);
        keepWithNext(60);
        block(bold, 13, 0, text, 6);
    }

    void subheading(String text) throws IOException {
        space(4);
        keepWithNext(50);
        block(bold, 11, 0, text, 4);
    }

    void label(String text) throws IOException {
        keepWithNext(30);
        block(bold, BODY, 0, text, 2);
    }

    void paragraph(String text) throws IOException {
        block(regular, BODY, 0, text, 6);
    }

    void note(String text) throws IOException {
        block(regular, 9, 0, text, 4);
    }

    /** A label and its value side by side; the value wraps in its own column. */
    void field(String label, String value) throws IOException {
        List<String> lines = wrap(regular, BODY, value == null ? "-" : value, contentWidth() - LABEL_WIDTH);
        float leading = BODY * 1.4f;
        ensure(leading);
        line(stream(), bold, BODY, MARGIN, y - BODY, label);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                ensure(leading);
            }
            line(stream(), regular, BODY, MARGIN + LABEL_WIDTH, y - BODY, lines.get(i));
            y -= leading;
        }
        y -= 1;
    }

    void space(float points) {
        y -= points;
    }

    /** Closes the last page's content. */
    void finish() throws IOException {
        if (stream == null) {
            newPage();
        }
        stream.close();
        stream = null;
    }

    /** One line of text at a position, without wrapping; characters the font lacks become "?". */
    void line(PDPageContentStream cs, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(font, text));
        cs.endText();
    }

    /** The text with every character the font cannot show replaced by "?" and control characters removed. */
    String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void block(PDFont font, float size, float indent, String text, float after) throws IOException {
        float leading = size * 1.4f;
        for (String line : wrap(font, size, text, contentWidth() - indent)) {
            ensure(leading);
            line(stream(), font, size, MARGIN + indent, y - size, line);
            y -= leading;
        }
        y -= after;
    }

    /**
     * Wraps at spaces; a word wider than the line is cut. Line breaks in the text are kept: the text is split
     * on them before {@link #printable} drops control characters.
     */
    private List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String paragraph = printable(font, raw);
            if (paragraph.isBlank()) {
                lines.add("");
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (widthOf(font, size, candidate) <= maxWidth) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                while (widthOf(font, size, word) > maxWidth) {
                    int fits = fitting(font, size, word, maxWidth);
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                current.append(word);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    private static int fitting(PDFont font, float size, String word, float maxWidth) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (widthOf(font, size, word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static float widthOf(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Moves to a new page unless the next lines fit, so a heading does not end a page alone. */
    private void keepWithNext(float points) throws IOException {
        if (stream != null && y - points < BOTTOM) {
            newPage();
        }
    }

    private void ensure(float height) throws IOException {
        if (stream == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private PDPageContentStream stream() throws IOException {
        if (stream == null) {
            newPage();
        }
        return stream;
    }

    private float contentWidth() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
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
