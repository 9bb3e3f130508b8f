package nl.klachtroute.notification.feedback.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.notification.feedback.FeedbackAnswer;
import nl.klachtroute.notification.feedback.FeedbackInvitation.Refused;
import nl.klachtroute.notification.task.DutchDates;

/**
 * The public feedback pages in plain Dutch (B1): one form, a thank-you page and the pages for a link that does
 * not work. Plain HTML with a little inline CSS: readable on a phone, usable without JavaScript and without
 * anything from the internet. They show no personal data and not even the complaint number: whoever holds the
 * link learns nothing about the complaint.
 */
final class FeedbackPages {

    private static final String STYLE = """
            body{font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.5;margin:0;color:#1a1a1a;\
            background:#fff}main{max-width:36em;margin:0 auto;padding:1em}h1{font-size:1.5em;margin:.5em 0}\
            fieldset{border:1px solid #767676;border-radius:6px;margin:0 0 1.2em;padding:.6em .9em}\
            legend{font-weight:bold;padding:0 .3em}label{display:block;padding:.35em 0;cursor:pointer}\
            input[type=radio],input[type=checkbox]{width:1.3em;height:1.3em;vertical-align:middle;margin-right:.5em}\
            textarea{width:100%;box-sizing:border-box;font:inherit;min-height:6em}\
            .fout{color:#b00020;font-weight:bold;margin:.2em 0}.uitleg{color:#444;font-size:.9em}\
            button{font:inherit;font-weight:bold;background:#004699;color:#fff;border:0;border-radius:6px;\
            padding:.7em 1.4em;cursor:pointer}button:focus,input:focus,textarea:focus{outline:3px solid #ffbf47}""";
    private static final String[][] SCORE_WORDS = { { "1", "1 - Helemaal niet" }, { "2", "2 - Niet" },
            { "3", "3 - Een beetje" }, { "4", "4 - Wel" }, { "5", "5 - Heel erg" } };

    private FeedbackPages() {
    }

    static String form(String action, LocalDate lastDay, Map<String, String> values, Map<String, String> errors) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Wat vond u van de behandeling van uw klacht?</h1>\n")
                .append("<p>Uw klacht is afgehandeld. Wij willen graag weten wat u ervan vond. ")
                .append("Zo kunnen wij onze klachtbehandeling beter maken. Het kost ongeveer 2 minuten.</p>\n")
                .append("<p class=\"uitleg\">Wij vragen niet naar uw naam. U kunt dit formulier één keer invullen, ")
                .append("tot en met ").append(DutchDates.longForm(lastDay)).append(".</p>\n");
        if (!errors.isEmpty()) {
            b.append("<p class=\"fout\" role=\"alert\">Niet alles is goed ingevuld. Kijk hieronder wat u nog moet ")
                    .append("aanpassen.</p>\n");
        }
        b.append("<form method=\"post\" action=\"").append(escape(action)).append("\" accept-charset=\"UTF-8\">\n");
        scores(b, "tevredenheid", "Hoe tevreden bent u over hoe wij uw klacht hebben behandeld?", values, errors);
        choice(b, "respect", "Vond u dat wij u met respect hebben behandeld?",
                new String[][] { { "ja", "Ja" }, { "deels", "Een beetje" }, { "nee", "Nee" } }, values, errors);
        scores(b, "vertrouwen", "Hoeveel vertrouwen heeft u in de gemeente?", values, errors);
        b.append("<fieldset><legend><label for=\"opmerking\">Wilt u nog iets zeggen? (niet verplicht)</label></legend>\n");
        error(b, "opmerking", errors);
        b.append("<p class=\"uitleg\">Schrijf hier geen gegevens over uw gezondheid, geloof of afkomst. ")
                .append("Hooguit ").append(FeedbackAnswer.MAX_COMMENT).append(" tekens.</p>\n")
                .append("<textarea id=\"opmerking\" name=\"opmerking\" maxlength=\"").append(FeedbackAnswer.MAX_COMMENT)
                .append("\">").append(escape(values.getOrDefault("opmerking", ""))).append("</textarea></fieldset>\n");
        choice(b, "wens", "Wat wilt u nu?", new String[][] { { "geen", "Niets, het is goed zo" },
                { "praten", "Ik wil er nog een keer over praten" },
                { "ombudsman", "Ik wil naar de Ombudsman Metropool Amsterdam" } }, values, errors);
        b.append("<fieldset><legend>Contact</legend>\n");
        error(b, "geen-contact", errors);
        b.append("<label><input type=\"checkbox\" name=\"geen-contact\" value=\"ja\"")
                .append("ja".equals(values.get("geen-contact")) ? " checked" : "")
                .append("> Ik wil geen contact meer over deze klacht</label></fieldset>\n")
                .append("<button type=\"submit\">Versturen</button>\n</form>\n");
        return page("Wat vond u van de behandeling van uw klacht?", b.toString());
    }

    static String thanks(FeedbackAnswer answer) {
        String next;
        if (answer.wish() == FeedbackWish.OMBUDSMAN) {
            next = "<p>U wilt naar de Ombudsman Metropool Amsterdam. Wij sturen uw klacht door. U krijgt daarover "
                    + "een brief.</p>";
        } else if (answer.noFurtherContact()) {
            next = "<p>U wilt geen contact meer over deze klacht. Wij nemen geen contact meer met u op.</p>";
        } else if (answer.unhappy()) {
            next = "<p>Uw behandelaar leest uw antwoord en neemt contact met u op.</p>";
        } else {
            next = "<p>U hoeft verder niets te doen.</p>";
        }
        return page("Bedankt voor uw antwoord", "<h1>Bedankt voor uw antwoord</h1>\n"
                + "<p>Wij hebben uw antwoord ontvangen. Wij gebruiken het om onze klachtbehandeling beter te maken."
                + "</p>\n" + next + "\n");
    }

    static String refused(Refused.Reason reason) {
        return switch (reason) {
            case EXPIRED -> page("Deze link is verlopen", "<h1>Deze link is verlopen</h1>\n"
                    + "<p>U kon dit formulier invullen tot een bepaalde datum. Die datum is voorbij.</p>\n"
                    + "<p>Wilt u toch iets zeggen over de behandeling van uw klacht? Bel dan de gemeente op "
                    + "14 020.</p>\n");
            case ALREADY_ANSWERED -> page("U heeft al geantwoord", "<h1>U heeft al geantwoord</h1>\n"
                    + "<p>Met deze link is het formulier al ingevuld. U kunt het maar één keer invullen.</p>\n"
                    + "<p>Wilt u nog iets zeggen? Bel dan de gemeente op 14 020.</p>\n");
            case UNKNOWN -> page("Deze link werkt niet", "<h1>Deze link werkt niet</h1>\n"
                    + "<p>Controleer of u de hele link uit de brief of e-mail heeft overgenomen.</p>\n"
                    + "<p>Lukt het niet? Bel dan de gemeente op 14 020.</p>\n");
        };
    }

    static String tooManyRequests() {
        return page("Het is even te druk", "<h1>Het is even te druk</h1>\n"
                + "<p>Er komen nu te veel verzoeken binnen. Probeer het over een paar minuten opnieuw.</p>\n");
    }

    private static void scores(StringBuilder b, String name, String question, Map<String, String> values,
            Map<String, String> errors) {
        choice(b, name, question, SCORE_WORDS, values, errors);
    }

    private static void choice(StringBuilder b, String name, String question, String[][] options,
            Map<String, String> values, Map<String, String> errors) {
        b.append("<fieldset><legend>").append(question).append("</legend>\n");
        error(b, name, errors);
        for (String[] option : options) {
            b.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(option[0])
                    .append('"').append(option[0].equals(values.get(name)) ? " checked" : "").append("> ")
                    .append(option[1]).append("</label>\n");
        }
        b.append("</fieldset>\n");
    }

    private static void error(StringBuilder b, String name, Map<String, String> errors) {
        if (errors.containsKey(name)) {
            b.append("<p class=\"fout\">").append(escape(errors.get(name))).append("</p>\n");
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title) + " - Gemeente Amsterdam</title>\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
