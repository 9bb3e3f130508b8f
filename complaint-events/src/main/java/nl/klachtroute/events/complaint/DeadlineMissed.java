package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.DeadlineKind;

/**
 * A deadline of the route passed without the step being done.
 *
 * @param kind kind
 * @param deadline deadline
 * @param ownerId staff id (optional)
 */
public record DeadlineMissed(
        DeadlineKind kind,
        LocalDate deadline,
        String ownerId) implements ComplaintEvent {}
