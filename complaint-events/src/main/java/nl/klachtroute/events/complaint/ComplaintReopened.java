package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * A closed complaint was reopened by a recorded decision.
 *
 * @param reopenedOn reopenedOn
 */
public record ComplaintReopened(
        LocalDate reopenedOn) implements ComplaintEvent {}
