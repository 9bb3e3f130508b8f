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

    void registered(String complaintId, LocalDate receivedOn, LocalDate contactDeadline, LocalDate handlingDeadline);

    void handlerAssigned(String complaintId, String handlerId);

    void handlingDeadlineMoved(String complaintId, LocalDate handlingDeadline);

    void teammanagerAssigned(String complaintId, String teammanagerId, LocalDate reportDueOn);
}
