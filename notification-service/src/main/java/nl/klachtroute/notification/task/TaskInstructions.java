package nl.klachtroute.notification.task;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;

/**
 * What a task asks, in plain Dutch (B1), naming only the complaint number: the inbox and the e-mail
 * to staff never carry the complainant's personal data.
 */
public final class TaskInstructions {

    private TaskInstructions() {
    }

    /** A short title for lists and subject lines, e.g. "Hoorgesprek houden en Rapport van Bevindingen invullen". */
    public static String title(TaskKind kind) {
        return switch (kind) {
            case SEND_ACKNOWLEDGEMENT -> "Ontvangstbevestiging sturen";
            case REQUEST_MISSING_DETAILS -> "Ontbrekende gegevens opvragen";
            case CONTACT_CITIZEN -> "Contact opnemen met de klager";
            case HOLD_HEARING_AND_COMPLETE_REPORT -> "Hoorgesprek houden en Rapport van Bevindingen invullen";
            case JUDGE_RETURNED_REPORT -> "Teruggestuurd Rapport van Bevindingen beoordelen";
            case CLOSE_COMPLAINT -> "Klacht afhandelen";
            case REVIEW_PATTERN_SIGNAL -> "Signaal uit de klachtcijfers bekijken";
            case FOLLOW_UP_FEEDBACK -> "Reactie van de klager op de afhandeling opvolgen";
        };
    }

    /** The full instruction: what, for which complaint, by when. */
    public static String describe(TaskKind kind, String complaintId, LocalDate dueOn) {
        String what = title(kind) + " voor klacht " + complaintId;
        return dueOn == null ? what : what + " uiterlijk " + DutchDates.longForm(dueOn);
    }

    /** The lead's instruction when {@code missedBy} let the deadline pass. */
    public static String escalation(TaskKind kind, String complaintId, String missedBy, LocalDate deadline) {
        String when = deadline == null ? "" : " op " + DutchDates.longForm(deadline);
        return "Termijn verlopen" + when + ": " + title(kind) + " voor klacht " + complaintId + " (taak van "
                + missedBy + "). Zorg dat het zo snel mogelijk gebeurt";
    }

    /**
     * The manager's instruction for a pattern signal: what analytics saw in plain words, where, in which
     * period, the count against the normal level, and by when to look at it.
     */
    public static String reviewSignal(PatternSignal signal, LocalDate dueOn) {
        String when = signal.period() == null ? "" : "In " + signal.period() + " ";
        String evidence = signal.kind() == SignalKind.DEADLINE_COMPLIANCE_DROPPING
                ? (when.isEmpty() ? "Gemeten: " : when + "gemeten: ") + number(signal.count()) + ", normaal "
                        + number(signal.baseline())
                : (when.isEmpty() ? "Aantal: " : when.strip() + ": ") + signal.count() + " klachten, normaal gemiddeld "
                        + number(signal.baseline());
        String instruction = title(TaskKind.REVIEW_PATTERN_SIGNAL) + ". " + signalInWords(signal.kind())
                + ". Het gaat om: " + signal.scope() + ". " + evidence
                + ". Bekijk de cijfers en bepaal wat er moet gebeuren";
        return dueOn == null ? instruction : instruction + ", uiterlijk " + DutchDates.longForm(dueOn);
    }

    /**
     * The handler's instruction after the citizen's answer to the satisfaction check: the scores, what the
     * citizen wants, and the two ways forward (reopen with a recorded decision, or the ombudsman referral).
     * The citizen's comment is not part of it: it travels as the task's note, shown only in the inbox.
     */
    public static String followUpFeedback(String complaintId, CitizenFeedbackGiven answer, LocalDate dueOn) {
        StringBuilder text = new StringBuilder("De klager heeft gereageerd op de afhandeling van klacht ")
                .append(complaintId).append(": tevreden ").append(answer.satisfaction()).append(" van 5, ")
                .append("met respect behandeld ").append(respect(answer.respect())).append(", vertrouwen in de ")
                .append("gemeente ").append(answer.trust()).append(" van 5. ");
        if (answer.noFurtherContact()) {
            text.append("De klager wil geen contact meer: neem geen contact op. Bekijk de afhandeling en besluit of "
                    + "de klacht opnieuw behandeld moet worden. Vraagt de klager later zelf om contact, leg dat dan "
                    + "vast (contact hervatten); dan krijgt de klager weer brieven");
        } else {
            text.append(answer.wish() == FeedbackWish.TALK_AGAIN ? "De klager wil er nog eens over praten. "
                    : "De klager is niet tevreden. ")
                    .append("Neem contact op met de klager. Heropen daarna de klacht (leg het besluit vast) of "
                            + "stuur de verwijzing naar de ombudsman");
        }
        if (answer.commented()) {
            text.append(". De klager schreef een toelichting: zie hieronder");
        }
        return dueOn == null ? text.toString() : text + ". Uiterlijk " + DutchDates.longForm(dueOn);
    }

    private static String respect(RespectAnswer respect) {
        return switch (respect) {
            case YES -> "ja";
            case PARTLY -> "deels";
            case NO -> "nee";
        };
    }

    /** What a kind of signal means, in plain Dutch. */
    public static String signalInWords(SignalKind kind) {
        return switch (kind) {
            case RISING_ABOVE_BASELINE -> "Er komen veel meer klachten binnen dan normaal";
            case CONDUCT_CLUSTER -> "Er zijn opvallend veel klachten over bejegening of ervaren discriminatie";
            case REPEAT_COMPLAINANT -> "Dezelfde mensen klagen opvallend vaak opnieuw";
            case DEADLINE_COMPLIANCE_DROPPING -> "Minder klachten worden op tijd afgehandeld";
        };
    }

    private static String number(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")))
                .format(value);
    }

    /** The work a deadline of the route asks for. */
    public static TaskKind kindFor(DeadlineKind deadline) {
        return switch (deadline) {
            case CONTACT -> TaskKind.CONTACT_CITIZEN;
            case HANDLING, NOT_HANDLING_NOTICE -> TaskKind.CLOSE_COMPLAINT;
            case FINDINGS_REPORT -> TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT;
        };
    }

    /** What a deadline is about, in words that fit "... moet uiterlijk [datum]". */
    public static String deadlineWork(DeadlineKind deadline) {
        return switch (deadline) {
            case CONTACT -> "Contact opnemen met de klager";
            case HANDLING -> "De klacht afhandelen en de uitkomst schriftelijk laten weten";
            case NOT_HANDLING_NOTICE -> "De klager schriftelijk laten weten dat de klacht niet wordt behandeld";
            case FINDINGS_REPORT -> "Het Rapport van Bevindingen inleveren";
        };
    }
}
