package nl.klachtroute.notification.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.klachtroute.notification.task.DutchDates;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskInstructions;

/**
 * The e-mail that tells a member of staff about a new task, in plain Dutch (B1): what to do, for which
 * complaint, by when, and where the task is. It names only the complaint number, never the
 * complainant: personal data stays in the system behind the sign-in.
 */
public final class TaskCreatedMail {

    public static final String TEMPLATE = "task-created";
    /** Raise when the wording changes, so a sent message still says which wording it had. */
    public static final int VERSION = 1;

    private TaskCreatedMail() {
    }

    /**
     * @param recipientName the owner's display name from the staff directory, or null for a neutral greeting
     * @param inboxUrl      address of the inbox page
     */
    public static MailContent render(Task task, String recipientName, String inboxUrl) {
        Objects.requireNonNull(inboxUrl, "inboxUrl");
        String title = TaskInstructions.title(task.kind());
        boolean aboutComplaint = task.complaintId() != null;
        String subject = aboutComplaint ? "Nieuwe taak voor klacht " + task.complaintId() + ": " + title
                : "Nieuwe taak: " + title + " (" + task.scope() + ")";
        String due = task.dueOn() == null ? "Er is geen uiterste datum."
                : "Uiterlijk " + DutchDates.longForm(task.dueOn()) + ".";
        List<String> lines = new ArrayList<>(List.of(
                "Beste " + (recipientName == null || recipientName.isBlank() ? "collega" : recipientName) + ",",
                "",
                "U hebt een nieuwe taak in Klachtroute.",
                "",
                "Wat moet u doen?",
                title + "."));
        if (aboutComplaint) {
            lines.addAll(List.of("", "Voor welke klacht?", "Klacht " + task.complaintId() + "."));
        } else {
            // A pattern signal: the scope instead of a complaint, and the evidence the instruction gives.
            lines.addAll(List.of("", "Waar gaat het over?", task.scope() + ".", "", "Wat is er te zien?",
                    task.instruction() + "."));
        }
        lines.addAll(List.of(
                "",
                "Wanneer moet het klaar zijn?",
                due,
                "",
                "Waar vindt u de taak?",
                "In uw takenlijst: " + inboxUrl,
                "",
                aboutComplaint
                        ? "De gegevens van de klager staan niet in deze e-mail. Zo beschermen we de privacy van de klager."
                        : "Deze e-mail bevat alleen aantallen. Er staan geen gegevens van klagers of medewerkers in.",
                "",
                "Met vriendelijke groet,",
                "Klachtroute, Klachtenteam Sociaal",
                "",
                "Dit is een automatisch bericht. U kunt niet op deze e-mail antwoorden.",
                ""));
        return new MailContent(TEMPLATE, VERSION, subject, String.join("\n", lines));
    }
}
