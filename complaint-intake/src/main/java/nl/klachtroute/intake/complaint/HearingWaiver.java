package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.HearingWaiverGround;

/**
 * The recorded decision to skip the citizen's hearing on a ground of Awb 9:10 lid 2: (a) clearly
 * unfounded, (b) the citizen declined, (c) no response within the set term.
 *
 * @param ground    the ground
 * @param decidedOn the day of the decision
 * @param reason    the handler's explanation; may hold personal data
 * @param decidedBy staff id of the handler
 */
public record HearingWaiver(HearingWaiverGround ground, LocalDate decidedOn, String reason, String decidedBy) {

    public HearingWaiver {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    @Override
    public String toString() {
        return "HearingWaiver[" + ground + ", " + decidedOn + "]";
    }
}
