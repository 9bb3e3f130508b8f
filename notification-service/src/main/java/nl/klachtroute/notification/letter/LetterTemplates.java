package nl.klachtroute.notification.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.klachtroute.notification.message.MailContent;

/**
 * Renders the letters to the citizen from their versioned templates ({@code {{name}}} placeholders,
 * {@code {{blok:name}}} for the fixed passages every letter of a kind must carry: the invitation passage
 * agreed with the clients' council, the ombudsman block). A placeholder without a value is an error,
 * never an empty spot in a letter.
 * <p>
 * The salutation is personal data: it is not stored with the recorded message. A letter is rendered with
 * the placeholder {@value #SALUTATION} left in, and {@link #personalise} fills it in at send time with the
 * name fetched from complaint-intake.
 */
public final class LetterTemplates {

    public static final String SALUTATION = "{{aanhef}}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9:-]+)}}");
    private static final String BASE = "/nl/klachtroute/notification/letters/";
    private static final String SIGNATURE = "Met vriendelijke groet,<br>\nKlachtenteam Sociaal, gemeente Amsterdam";

    private LetterTemplates() {
    }

    /**
     * @param values the letter's facts by placeholder name, without personal data of the citizen
     * @return the letter with only {@value #SALUTATION} still open
     * @throws IllegalArgumentException when the template needs a value that is missing
     */
    public static MailContent render(LetterKind kind, String complaintId, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("klachtnummer", complaintId);
        all.put("ondertekening", SIGNATURE);
        String body = fill(blocks(load(kind.template() + ".v" + kind.version())), all);
        String html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"UTF-8\"><title>" + kind.subject()
                + "</title></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 12pt;\">\n"
                + "<p>" + SALUTATION + "</p>\n" + body + "</body>\n</html>\n";
        return new MailContent(kind.template(), kind.version(), kind.subject() + " (klacht " + complaintId + ")",
                text(html), html);
    }

    /** Fills in the salutation at send time; the result is sent and never stored. */
    public static MailContent personalise(MailContent letter, String citizenName) {
        String greeting = citizenName == null || citizenName.isBlank() ? "Beste heer of mevrouw,"
                : "Beste " + escape(citizenName.strip()) + ",";
        String html = letter.html() == null ? null : letter.html().replace(SALUTATION, greeting);
        return new MailContent(letter.template(), letter.templateVersion(), letter.subject(),
                letter.body().replace(SALUTATION, unescape(greeting)), html);
    }

    private static String blocks(String template) {
        Matcher m = Pattern.compile("\\{\\{blok:([a-z0-9-]+)}}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(load("blok-" + m.group(1) + ".v1")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("aanhef")) {
                m.appendReplacement(out, Matcher.quoteReplacement(SALUTATION));
                continue;
            }
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No value for placeholder {{" + name + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name.equals("ondertekening") ? value : escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The plain-text alternative of the HTML letter, for mail readers that show no HTML. */
    static String text(String html) {
        String body = html.substring(html.indexOf("<body"));
        body = body.substring(body.indexOf('>') + 1).replace("</body>", "").replace("</html>", "");
        String text = body.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|h1|h2|li|ul)>", "\n")
                .replaceAll("(?i)<li>", "- ").replaceAll("<[^>]+>", "");
        return unescape(text).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static String load(String name) {
        try (InputStream in = LetterTemplates.class.getResourceAsStream(BASE + name + ".html")) {
            return new String(Objects.requireNonNull(in, "no template " + name).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String value) {
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
