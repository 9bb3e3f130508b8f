package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.DeadlineKind;

/**
 * A deadline of the route is near (reminder lead, in working days).
 *
 * @param kind kind
 * @param deadline deadline
 * @param ownerId staff id (optional)
 */
public record DeadlineApproaching(
        DeadlineKind kind,
        LocalDate deadline,
        String ownerId) implements ComplaintEvent {}
