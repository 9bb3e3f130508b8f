package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * The citizen withdrew the complaint.
 *
 * @param withdrawnOn withdrawnOn
 */
public record ComplaintWithdrawn(
        LocalDate withdrawnOn) implements ComplaintEvent {}
