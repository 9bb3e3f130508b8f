package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.klachtroute.events.Channel;

/**
 * Whether a complaint is a formal written complaint in the sense of Awb 9:4: written (letter, e-mail,
 * web form) and stating the complainant's name and address, the date and a description of the conduct.
 * An informal or incomplete complaint is still registered and handled properly (Awb 9:2); what is
 * missing is listed so the handler can ask for it.
 *
 * @param formal         meets Awb 9:4 lid 2
 * @param missingDetails what the citizen has not supplied: "name", "address", "description"
 */
public record Formality(boolean formal, List<String> missingDetails) {

    public static final String NAME = "name";
    public static final String ADDRESS = "address";
    public static final String DESCRIPTION = "description";

    public Formality {
        missingDetails = List.copyOf(missingDetails);
    }

    /**
     * Missing details are listed for every channel (a phone complainant may still need to be written to),
     * but only a written complaint can be formal.
     */
    public static Formality assess(Channel channel, Complainant complainant, LocalDate receivedOn, String description) {
        List<String> missing = new ArrayList<>();
        if (!complainant.hasName()) {
            missing.add(NAME);
        }
        if (!complainant.hasAddress()) {
            missing.add(ADDRESS);
        }
        if (description == null || description.isBlank()) {
            missing.add(DESCRIPTION);
        }
        boolean formal = isWritten(channel) && receivedOn != null && missing.isEmpty();
        return new Formality(formal, missing);
    }

    /** Awb 9:4 is about written complaints; phone and counter complaints are oral. */
    public static boolean isWritten(Channel channel) {
        return channel == Channel.LETTER || channel == Channel.EMAIL || channel == Channel.WEB_FORM;
    }
}
