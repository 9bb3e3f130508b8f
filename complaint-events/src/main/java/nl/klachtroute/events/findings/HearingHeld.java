package nl.klachtroute.events.findings;

import java.time.LocalDate;
import nl.klachtroute.events.HearingParty;

/**
 * A hearing took place and its record was written.
 *
 * @param reportId reportId
 * @param party party
 * @param heldOn heldOn
 * @param companions people the citizen brought (0-2)
 */
public record HearingHeld(
        String reportId,
        HearingParty party,
        LocalDate heldOn,
        int companions) implements FindingsEvent {}
