package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The recorded decision to reopen an ended complaint.
 *
 * @param reopenedOn the day of the decision
 * @param reason     why; may hold personal data
 * @param decidedBy  staff id of who decided
 * @param endedAs    how the complaint had ended
 */
public record Reopening(LocalDate reopenedOn, String reason, String decidedBy, ComplaintStatus endedAs) {

    public Reopening {
        Objects.requireNonNull(reopenedOn, "reopenedOn");
        Objects.requireNonNull(endedAs, "endedAs");
    }

    @Override
    public String toString() {
        return "Reopening[" + reopenedOn + ", was " + endedAs + "]";
    }
}
