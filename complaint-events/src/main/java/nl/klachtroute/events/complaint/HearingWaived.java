package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.HearingWaiverGround;

/**
 * The citizen's hearing was skipped on a ground of Awb 9:10 lid 2.
 *
 * @param ground ground
 * @param decidedOn decidedOn
 */
public record HearingWaived(
        HearingWaiverGround ground,
        LocalDate decidedOn) implements ComplaintEvent {}
