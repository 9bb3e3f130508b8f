package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * A complaint handler became the single point of contact (Awb 9:7).
 *
 * @param handlerId staff id
 * @param previousHandlerId set on reassignment (optional)
 * @param assignedOn assignedOn
 */
public record HandlerAssigned(
        String handlerId,
        String previousHandlerId,
        LocalDate assignedOn) implements ComplaintEvent {}
