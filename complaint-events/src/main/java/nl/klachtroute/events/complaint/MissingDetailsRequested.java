package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * The citizen was asked for the details a formal complaint needs.
 *
 * @param requestedOn requestedOn
 * @param missingDetails missingDetails
 */
public record MissingDetailsRequested(
        LocalDate requestedOn,
        List<String> missingDetails) implements ComplaintEvent {

    public MissingDetailsRequested {
        missingDetails = missingDetails == null ? List.of() : List.copyOf(missingDetails);
    }
}
