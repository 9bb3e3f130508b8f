package nl.klachtroute.notification.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klachtroute.notification.message.MailContent;

/**
 * A letter to the citizen laid out for paper (brief per post): the same text as the e-mail, block by block,
 * with the date, the complaint number and, when known, the postal address. It holds personal data (name,
 * address) and exists only in memory while the PDF is made; {@link #toString()} shows none of it.
 *
 * @param complaintId the complaint
 * @param subject     what the letter is (its kind's subject, without the complaint number)
 * @param date        the day the letter was written
 * @param addressLines the citizen's name and address for the window of the envelope; empty when unknown
 * @param blocks      the text, in order
 */
public record PrintableLetter(String complaintId, String subject, LocalDate date, List<String> addressLines,
        List<Block> blocks) {

    private static final Pattern BLOCK = Pattern.compile("<(h1|h2|p|li)>(.*?)</\\1>", Pattern.DOTALL);

    public PrintableLetter {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        addressLines = List.copyOf(addressLines);
        blocks = List.copyOf(blocks);
    }

    /**
     * @param letter the letter as recorded, with the salutation filled in ({@link LetterTemplates#personalise})
     * @param name   the citizen's name, or null
     * @param address the citizen's postal address (lines separated by commas or line breaks), or null
     */
    public static PrintableLetter of(String complaintId, LetterKind kind, MailContent letter, LocalDate date,
            String name, String address) {
        Objects.requireNonNull(letter.html(), "a letter has HTML");
        List<String> window = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            window.add(name.strip());
        }
        if (address != null && !address.isBlank()) {
            for (String line : address.split("[,\\n]")) {
                if (!line.isBlank()) {
                    window.add(line.strip());
                }
            }
        }
        return new PrintableLetter(complaintId, kind.subject(), date, window, blocks(letter.html()));
    }

    /** The letter's HTML (only the tags the templates use) as blocks of plain text. */
    static List<Block> blocks(String html) {
        String body = html.substring(html.indexOf("<body"));
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(body);
        while (m.find()) {
            String text = m.group(2).replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]+>", "")
                    .replaceAll("[ \\t]*\n[ \\t]*", "\n").strip();
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
            if (text.isEmpty()) {
                continue;
            }
            Block.Type type = switch (m.group(1)) {
                case "h1" -> Block.Type.TITLE;
                case "h2" -> Block.Type.HEADING;
                case "li" -> Block.Type.ITEM;
                default -> Block.Type.PARAGRAPH;
            };
            blocks.add(new Block(type, text));
        }
        return blocks;
    }

    @Override
    public String toString() {
        return "PrintableLetter[" + complaintId + ", " + subject + ", " + blocks.size() + " blocks, redacted]";
    }

    /** A title, heading, paragraph or list item; paragraphs may hold line breaks. */
    public record Block(Type type, String text) {

        public enum Type {
            TITLE,
            HEADING,
            PARAGRAPH,
            ITEM
        }
    }
}
