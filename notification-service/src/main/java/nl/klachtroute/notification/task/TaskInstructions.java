package nl.klachtroute.notification.task;

import java.time.LocalDate;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.TaskKind;

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
