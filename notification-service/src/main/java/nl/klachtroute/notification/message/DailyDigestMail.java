package nl.klachtroute.notification.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import nl.klachtroute.notification.task.DutchDates;

/**
 * The daily digest (dagelijks overzicht) to a member of staff, in plain Dutch (B1): one e-mail listing
 * every new task, reminder, overdue notice and escalation since the last digest: what, for which
 * complaint, by when. Like every staff e-mail it names complaint numbers only.
 */
public final class DailyDigestMail {

    public static final String TEMPLATE = "staff-digest";
    /** Raise when the wording changes. */
    public static final int VERSION = 1;

    private DailyDigestMail() {
    }

    public static MailContent render(LocalDate day, List<DigestEntry> entries, String recipientName,
            String inboxUrl) {
        Objects.requireNonNull(inboxUrl, "inboxUrl");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A digest lists at least one notice");
        }
        List<DigestEntry> sorted = entries.stream()
                .sorted(Comparator.comparing(DigestEntry::kind).thenComparing(DigestEntry::dueOn,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DigestEntry::noticedAt))
                .toList();
        List<String> lines = new ArrayList<>(List.of(
                "Beste " + (recipientName == null || recipientName.isBlank() ? "collega" : recipientName) + ",",
                "",
                "Dit is uw overzicht van Klachtroute van " + DutchDates.longForm(day) + ".",
                sorted.size() == 1 ? "Er is 1 bericht voor u." : "Er zijn " + sorted.size() + " berichten voor u."));
        DigestEntry.Kind section = null;
        for (DigestEntry entry : sorted) {
            if (entry.kind() != section) {
                section = entry.kind();
                lines.add("");
                lines.add(heading(section));
            }
            lines.add("- " + entry.what() + ". Voor " + entry.subject() + ". "
                    + (entry.dueOn() == null ? "Geen uiterste datum." : "Uiterlijk " + DutchDates.longForm(entry.dueOn())
                            + "."));
        }
        lines.addAll(List.of(
                "",
                "Waar vindt u de taken?",
                "In uw takenlijst: " + inboxUrl,
                "",
                "De gegevens van klagers staan niet in deze e-mail. Zo beschermen we hun privacy.",
                "",
                "Met vriendelijke groet,",
                "Klachtroute, Klachtenteam Sociaal",
                "",
                "Dit is een automatisch bericht. U kunt niet op deze e-mail antwoorden.",
                ""));
        String subject = "Uw overzicht van Klachtroute voor " + DutchDates.longForm(day) + " (" + sorted.size()
                + (sorted.size() == 1 ? " bericht)" : " berichten)");
        return new MailContent(TEMPLATE, VERSION, subject, String.join("\n", lines));
    }

    private static String heading(DigestEntry.Kind kind) {
        return switch (kind) {
            case NEW_TASK -> "Nieuwe taken:";
            case DUE_SOON -> "Termijnen die bijna aflopen:";
            case OVERDUE -> "Termijnen die verlopen zijn:";
            case ESCALATED -> "Verlopen termijnen in uw team (u bent de leidinggevende):";
        };
    }
}
