package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.NotHandlingGround;

/**
 * Not handled on a ground of Awb 9:8.
 *
 * @param ground ground
 * @param decidedOn decidedOn
 */
public record ComplaintNotHandled(
        NotHandlingGround ground,
        LocalDate decidedOn) implements ComplaintEvent {}
