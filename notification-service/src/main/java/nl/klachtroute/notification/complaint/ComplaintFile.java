package nl.klachtroute.notification.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What this service remembers about a complaint to address and date its tasks (a small read model built
 * from the complaint and findings topics). Only staff ids and dates: no personal data of the citizen.
 *
 * @param complaintId      the complaint
 * @param receivedOn       day of receipt, from {@code ComplaintRegistered}
 * @param contactDeadline  the 5th working day after receipt, from {@code ComplaintRegistered}
 * @param handlingDeadline the handling term (Awb 9:11), from {@code ComplaintRegistered}
 * @param handlerId        the single point of contact, from the latest {@code HandlerAssigned}; null before
 * @param teammanagerId    the teammanager writing the Rapport van Bevindingen, if any
 * @param reportDueOn      when the report is due, if any
 * @param anonymisedOn     the day complaint-intake anonymised the complaint after its retention period
 *                         ({@code ComplaintAnonymised}); null before. From then on nothing new is done for it.
 * @param noContactSince   the day the citizen asked for no further contact in their feedback after the outcome
 *                         ({@code CitizenFeedbackGiven}); null when they did not, or asked to hear again since
 *                         ({@code CitizenContactResumed}). While it is set no letter goes out.
 */
public record ComplaintFile(String complaintId, LocalDate receivedOn, LocalDate contactDeadline, LocalDate handlingDeadline,
        String handlerId, String teammanagerId, LocalDate reportDueOn, LocalDate anonymisedOn,
        LocalDate noContactSince) {

    public ComplaintFile {
        Objects.requireNonNull(complaintId, "complaintId");
    }

    /** Nothing known yet (events of one complaint may arrive before its registration is processed). */
    public static ComplaintFile unknown(String complaintId) {
        return new ComplaintFile(complaintId, null, null, null, null, null, null, null, null);
    }

    /**
     * The retention period passed and the complaint was anonymised: its route ended long ago, so no task,
     * letter or e-mail is made for it any more (an event replayed from a dead-letter topic included).
     */
    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    /** The citizen asked for no further contact about this complaint: no letter is recorded for them any more. */
    public boolean citizenWantsNoContact() {
        return noContactSince != null;
    }
}
