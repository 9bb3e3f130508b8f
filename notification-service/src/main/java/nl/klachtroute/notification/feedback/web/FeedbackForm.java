package nl.klachtroute.notification.feedback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.notification.feedback.FeedbackAnswer;

/**
 * The posted form, checked field by field: every field at fault gets a message in plain Dutch (for the page)
 * and in English (for problem+json), and nothing is taken until all are right.
 */
final class FeedbackForm {

    static final List<String> FIELDS = List.of("tevredenheid", "respect", "vertrouwen", "opmerking", "wens",
            "geen-contact");
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> englishErrors = new LinkedHashMap<>();
    private FeedbackAnswer answer;

    private FeedbackForm() {
    }

    static FeedbackForm read(MultiValueMap<String, String> posted) {
        FeedbackForm form = new FeedbackForm();
        for (String field : FIELDS) {
            if (posted.containsKey(field) && posted.get(field).size() > 1) {
                form.fail(field, "Kies één antwoord.", "one value only");
            }
            String value = posted.getFirst(field);
            if (value != null) {
                form.values.put(field, value);
            }
        }
        Integer satisfaction = form.score("tevredenheid");
        RespectAnswer respect = form.respect();
        Integer trust = form.score("vertrouwen");
        FeedbackWish wish = form.wish();
        String comment = form.values.getOrDefault("opmerking", "").strip();
        if (comment.length() > FeedbackAnswer.MAX_COMMENT) {
            form.fail("opmerking", "Uw opmerking is te lang. Gebruik hooguit " + FeedbackAnswer.MAX_COMMENT
                    + " tekens. U heeft er nu " + comment.length() + ".",
                    "at most " + FeedbackAnswer.MAX_COMMENT + " characters");
        }
        String optOut = form.values.get("geen-contact");
        boolean noFurtherContact = "ja".equals(optOut);
        if (optOut != null && !noFurtherContact) {
            form.fail("geen-contact", "Zet een vinkje, of laat het vakje leeg.", "'ja' or absent");
        }
        if (noFurtherContact && wish != null && wish != FeedbackWish.NONE) {
            form.fail("geen-contact", "U wilt geen contact meer, maar u koos ook '"
                    + (wish == FeedbackWish.TALK_AGAIN ? "nog een keer praten" : "naar de ombudsman")
                    + "'. Daarvoor nemen wij contact met u op. Kies één van de twee.",
                    "contradicts the chosen wish");
        }
        if (form.errors.isEmpty()) {
            form.answer = new FeedbackAnswer(satisfaction, respect, trust, comment, wish, noFurtherContact);
        }
        return form;
    }

    private Integer score(String field) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            fail(field, "Kies een cijfer van 1 tot en met 5.", "required: 1 to 5");
            return null;
        }
        if (!value.matches("[1-5]")) {
            fail(field, "Kies een cijfer van 1 tot en met 5.", "must be 1 to 5");
            return null;
        }
        return Integer.valueOf(value);
    }

    private RespectAnswer respect() {
        String value = values.get("respect");
        if ("ja".equals(value)) {
            return RespectAnswer.YES;
        } else if ("deels".equals(value)) {
            return RespectAnswer.PARTLY;
        } else if ("nee".equals(value)) {
            return RespectAnswer.NO;
        }
        fail("respect", "Kies ja, een beetje of nee.", "one of ja, deels, nee");
        return null;
    }

    private FeedbackWish wish() {
        String value = values.get("wens");
        if (value == null || "geen".equals(value)) {
            return FeedbackWish.NONE;
        } else if ("praten".equals(value)) {
            return FeedbackWish.TALK_AGAIN;
        } else if ("ombudsman".equals(value)) {
            return FeedbackWish.OMBUDSMAN;
        }
        fail("wens", "Kies één van de antwoorden.", "one of geen, praten, ombudsman");
        return null;
    }

    private void fail(String field, String dutch, String english) {
        errors.putIfAbsent(field, dutch);
        englishErrors.putIfAbsent(field, english);
    }

    boolean valid() {
        return answer != null;
    }

    FeedbackAnswer answer() {
        return answer;
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    /** Per posted field at fault, the message in English (the language of the API's problems). */
    Map<String, String> errorsForApi() {
        return englishErrors;
    }
}
