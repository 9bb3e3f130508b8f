package nl.klachtroute.events.complaint;

import java.time.LocalDate;

/**
 * The retention period after the complaint ended passed: every service erases the personal data and free text it holds about the complaint; counts stay.
 *
 * @param anonymisedOn anonymisedOn
 * @param endedOn the day the complaint ended (closed, withdrawn, not handled, resolved)
 */
public record ComplaintAnonymised(
        LocalDate anonymisedOn,
        LocalDate endedOn) implements ComplaintEvent {}
