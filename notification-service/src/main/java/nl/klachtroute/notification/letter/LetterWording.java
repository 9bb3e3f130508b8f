package nl.klachtroute.notification.letter;

import java.util.List;
import java.util.stream.Collectors;

import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;

/** The variable passages of the letters, in plain Dutch (B1). */
public final class LetterWording {

    private LetterWording() {
    }

    /** The judgement (oordeel) and what it means for the citizen. */
    public static String judgement(Judgement judgement, int improvementActions) {
        String verdict = switch (judgement) {
            case GEGROND -> "Uw klacht is gegrond. Dat betekent: wij vinden dat u gelijk heeft.";
            case DEELS_GEGROND -> "Uw klacht is deels gegrond. Dat betekent: wij vinden dat u voor een deel gelijk heeft.";
            case ONGEGROND -> "Uw klacht is ongegrond. Dat betekent: wij vinden dat wij ons goed hebben gedragen.";
            case GEEN_OORDEEL -> "Wij geven geen oordeel over uw klacht. Wij konden niet vaststellen wat er precies is gebeurd.";
        };
        if (improvementActions <= 0) {
            return verdict;
        }
        return verdict + " Wij gaan " + (improvementActions == 1 ? "één ding" : improvementActions + " dingen")
                + " verbeteren, zodat dit niet opnieuw gebeurt.";
    }

    /** Why the complaint is not handled (Awb 9:8). */
    public static String notHandlingGround(NotHandlingGround ground) {
        return switch (ground) {
            case ALREADY_HANDLED -> "Wij hebben een klacht over hetzelfde al eerder behandeld.";
            case OLDER_THAN_ONE_YEAR -> "Wat u beschrijft, is langer dan een jaar geleden gebeurd.";
            case OBJECTION_OR_APPEAL_POSSIBLE -> "U kunt, of kon, bezwaar maken of in beroep gaan tegen het besluit "
                    + "waar uw klacht over gaat. Daarvoor is een andere procedure.";
            case COURT_PROCEEDINGS -> "Een rechter beoordeelt deze zaak al, of heeft dat al gedaan.";
            case CRIMINAL_INVESTIGATION -> "Er loopt een strafrechtelijk onderzoek naar deze zaak.";
            case INSUFFICIENT_INTEREST_OR_GRAVITY -> "Wat er is gebeurd, is niet ernstig genoeg om de klacht te "
                    + "behandelen.";
        };
    }

    /** The details complaint-intake lists as missing ("name", "address", "description"). */
    public static String missingDetails(List<String> missing) {
        if (missing.isEmpty()) {
            return "Wij missen nog gegevens. Uw contactpersoon vertelt u welke.";
        }
        return missing.stream().map(detail -> switch (detail) {
            case "name" -> "uw naam";
            case "address" -> "uw adres";
            case "description" -> "een beschrijving van wat er is gebeurd";
            default -> detail;
        }).collect(Collectors.joining(", ")) + ".";
    }
}
