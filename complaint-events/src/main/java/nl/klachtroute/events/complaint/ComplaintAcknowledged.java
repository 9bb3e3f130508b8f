package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * The written acknowledgement of receipt was sent (Awb 9:6).
 *
 * @param acknowledgedOn acknowledgedOn
 */
public record ComplaintAcknowledged(
        LocalDate acknowledgedOn) implements ComplaintEvent {}
