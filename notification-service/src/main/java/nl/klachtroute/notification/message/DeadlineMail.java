package nl.klachtroute.notification.message;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.notification.task.DutchDates;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskInstructions;

/**
 * The e-mails to staff about deadlines, in plain Dutch (B1), naming only the complaint number:
 * <ul>
 * <li>{@value #DUE_SOON} to the owner: a deadline is near (herinnering);</li>
 * <li>{@value #OVERDUE} to the owner: the deadline passed (termijn verlopen);</li>
 * <li>{@value #ESCALATED} to the owner's lead, with the escalation task in their inbox.</li>
 * </ul>
 */
public final class DeadlineMail {

    public static final String DUE_SOON = "deadline-due-soon";
    public static final String OVERDUE = "deadline-overdue";
    public static final String ESCALATED = "deadline-escalated";
    /** Raise when the wording changes. */
    public static final int VERSION = 1;

    private DeadlineMail() {
    }

    public static MailContent dueSoon(DeadlineKind kind, String complaintId, LocalDate deadline, String recipientName,
            String inboxUrl) {
        String work = TaskInstructions.deadlineWork(kind);
        return new MailContent(DUE_SOON, VERSION, "Herinnering voor klacht " + complaintId + ": " + work,
                body(recipientName, "Een termijn loopt bijna af.", work, complaintId,
                        "Uiterlijk " + date(deadline) + ".", inboxUrl));
    }

    public static MailContent overdue(DeadlineKind kind, String complaintId, LocalDate deadline, String recipientName,
            String inboxUrl) {
        String work = TaskInstructions.deadlineWork(kind);
        return new MailContent(OVERDUE, VERSION, "Termijn verlopen voor klacht " + complaintId + ": " + work,
                body(recipientName, "Een termijn is verlopen. Uw leidinggevende heeft hierover ook bericht gekregen.",
                        work, complaintId, "Dat moest uiterlijk " + date(deadline) + ". Doe het zo snel mogelijk.",
                        inboxUrl));
    }

    /** @param escalation the lead's task; @param missedBy display name or id of the owner who missed it */
    public static MailContent escalated(Task escalation, DeadlineKind kind, String missedBy, String recipientName,
            String inboxUrl) {
        String work = TaskInstructions.deadlineWork(kind);
        return new MailContent(ESCALATED, VERSION, "Termijn verlopen voor klacht " + escalation.complaintId()
                + ": " + work,
                body(recipientName, "Een termijn is verlopen bij " + missedBy + ". U bent de leidinggevende. "
                        + "Er staat een taak voor u klaar.", work, escalation.complaintId(),
                        "Dat moest uiterlijk " + date(escalation.dueOn()) + ". Zorg dat het zo snel mogelijk gebeurt.",
                        inboxUrl));
    }

    private static String date(LocalDate date) {
        return date == null ? "(datum onbekend)" : DutchDates.longForm(date);
    }

    private static String body(String recipientName, String opening, String work, String complaintId, String when,
            String inboxUrl) {
        Objects.requireNonNull(inboxUrl, "inboxUrl");
        return String.join("\n",
                "Beste " + (recipientName == null || recipientName.isBlank() ? "collega" : recipientName) + ",",
                "",
                opening,
                "",
                "Wat moet er gebeuren?",
                work + ".",
                "",
                "Voor welke klacht?",
                "Klacht " + complaintId + ".",
                "",
                "Wanneer?",
                when,
                "",
                "Waar vindt u de taken?",
                "In uw takenlijst: " + inboxUrl,
                "",
                "De gegevens van de klager staan niet in deze e-mail. Zo beschermen we de privacy van de klager.",
                "",
                "Met vriendelijke groet,",
                "Klachtroute, Klachtenteam Sociaal",
                "",
                "Dit is een automatisch bericht. U kunt niet op deze e-mail antwoorden.",
                "");
    }
}
