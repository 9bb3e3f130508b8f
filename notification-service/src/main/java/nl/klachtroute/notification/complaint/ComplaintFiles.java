package nl.klachtroute.notification.complaint;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the complaint read model is kept. Every write sets only the fields it knows, so facts may arrive
 * in any order and a redelivered fact changes nothing.
 */
public interface ComplaintFiles {

    Optional<ComplaintFile> find(String complaintId);

    default ComplaintFile get(String complaintId) {
        return find(complaintId).orElseGet(() -> ComplaintFile.unknown(complaintId));
    }

    /** @return the file as it is now */
    ComplaintFile registered(String complaintId, LocalDate receivedOn, LocalDate contactDeadline,
            LocalDate handlingDeadline);

    void handlerAssigned(String complaintId, String handlerId);

    void handlingDeadlineMoved(String complaintId, LocalDate handlingDeadline);

    void teammanagerAssigned(String complaintId, String teammanagerId, LocalDate reportDueOn);

    /**
     * Remembers that the complaint was anonymised after its retention period. The file keeps its dates and
     * the staff ids of who handled it (work in their role, which complaint-intake keeps too); it holds no
     * data of the citizen or of the employee the complaint was about.
     */
    void anonymised(String complaintId, LocalDate anonymisedOn);

    /**
     * Remembers that the citizen asked for no further contact in the answer {@code feedbackId}, unless they already
     * asked to hear again after that answer ({@link #contactResumed}: the two facts come on different topics and may
     * arrive in either order).
     */
    void noFurtherContact(String complaintId, String feedbackId, LocalDate since);

    /** The citizen who opted out in the answer {@code feedbackId} asked to hear about the complaint again. */
    void contactResumed(String complaintId, String feedbackId);
}
