package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.Channel;

/**
 * The complaint was resolved to the citizen's satisfaction (Awb 9:5); only with the citizen's recorded
 * confirmation.
 *
 * @param resolvedOn         the day it was recorded
 * @param citizenConfirmedOn the day the citizen confirmed being satisfied
 * @param confirmedVia       how the citizen confirmed it
 * @param note               the handler's note; may hold personal data
 * @param resolvedBy         staff id of the handler
 */
public record InformalResolution(LocalDate resolvedOn, LocalDate citizenConfirmedOn, Channel confirmedVia, String note,
        String resolvedBy) {

    public InformalResolution {
        Objects.requireNonNull(resolvedOn, "resolvedOn");
        Objects.requireNonNull(citizenConfirmedOn, "citizenConfirmedOn");
        Objects.requireNonNull(confirmedVia, "confirmedVia");
    }

    @Override
    public String toString() {
        return "InformalResolution[" + resolvedOn + ", confirmed " + citizenConfirmedOn + " via " + confirmedVia + "]";
    }
}
