package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.NotHandlingGround;

/**
 * The decision not to handle the complaint on a ground of Awb 9:8, notified in writing on the day of the
 * decision.
 *
 * @param ground      the ground
 * @param decidedOn   the day of the decision and the written notice
 * @param explanation the handler's explanation; may hold personal data
 * @param decidedBy   staff id of the handler
 */
public record NotHandling(NotHandlingGround ground, LocalDate decidedOn, String explanation, String decidedBy) {

    public NotHandling {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    @Override
    public String toString() {
        return "NotHandling[" + ground + ", " + decidedOn + "]";
    }
}
