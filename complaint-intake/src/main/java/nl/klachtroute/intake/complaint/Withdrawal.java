package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The citizen withdrew the complaint.
 *
 * @param withdrawnOn the day the citizen withdrew it
 * @param reason      what the citizen said, if anything; may hold personal data
 * @param recordedBy  staff id of the handler
 */
public record Withdrawal(LocalDate withdrawnOn, String reason, String recordedBy) {

    public Withdrawal {
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    }

    @Override
    public String toString() {
        return "Withdrawal[" + withdrawnOn + "]";
    }
}
