package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.HearingParty;

/**
 * The handler recorded a hearing in the standard route (Awb 9:10).
 *
 * @param party party
 * @param heldOn heldOn
 */
public record HearingRecorded(
        HearingParty party,
        LocalDate heldOn) implements ComplaintEvent {}
