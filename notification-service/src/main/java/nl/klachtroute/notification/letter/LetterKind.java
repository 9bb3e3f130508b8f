package nl.klachtroute.notification.letter;

/**
 * The letters to the citizen (brieven), and the one to the employee concerned, one versioned template each. Raise a version when the wording
 * changes: the template file is {@code letters/<template>.v<version>.html}, and every message records
 * which version it used.
 */
public enum LetterKind {
    /** Ontvangstbevestiging (Awb 9:6), naming the handler as the single point of contact. */
    ACKNOWLEDGEMENT("ontvangstbevestiging", 1, "Wij hebben uw klacht ontvangen"),
    /** Verzoek om ontbrekende gegevens (Awb 9:4). */
    MISSING_DETAILS_REQUEST("ontbrekende-gegevens", 1, "Wij hebben nog gegevens van u nodig"),
    /** Uitnodiging voor een gesprek over uw klacht (hoorgesprek, Awb 9:10), with the passage of seed 000. */
    HEARING_INVITATION("uitnodiging-hoorgesprek", 1, "Uitnodiging voor een gesprek over uw klacht"),
    /** Verdaging (Awb 9:11 lid 2). */
    POSTPONEMENT_NOTICE("verdaging", 1, "Wij hebben meer tijd nodig voor uw klacht"),
    /** Verdaging, the notice to the employee concerned (Awb 9:11 lid 2: "de klager en degene op wiens gedraging"). */
    EMPLOYEE_POSTPONEMENT_NOTICE("verdaging-medewerker", 1, "De behandeling van de klacht over u duurt langer"),
    /** Besluit om de klacht niet te behandelen (Awb 9:8), with the ombudsman block. */
    NOT_HANDLING_NOTICE("niet-behandelen", 1, "Wij behandelen uw klacht niet"),
    /** Uitkomst van de klachtbehandeling (Awb 9:12), with the ombudsman block; v2 adds the satisfaction check. */
    OUTCOME("uitkomst", 2, "De uitkomst van uw klacht"),
    /** Doorverwijzing naar de Ombudsman Metropool Amsterdam. */
    OMBUDSMAN_REFERRAL("ombudsman-verwijzing", 1, "Uw klacht gaat naar de Ombudsman Metropool Amsterdam");

    private final String template;
    private final int version;
    private final String subject;

    LetterKind(String template, int version, String subject) {
        this.template = template;
        this.version = version;
        this.subject = subject;
    }

    public String template() {
        return template;
    }

    public int version() {
        return version;
    }

    /** The kind whose template has this name, if any. */
    public static java.util.Optional<LetterKind> ofTemplate(String template) {
        return java.util.Arrays.stream(values()).filter(k -> k.template.equals(template)).findFirst();
    }

    /** Subject line, without the complaint number. */
    public String subject() {
        return subject;
    }
}
