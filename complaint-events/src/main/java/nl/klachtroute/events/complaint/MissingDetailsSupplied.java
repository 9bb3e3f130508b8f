package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * The citizen supplied missing details; the complaint may now be formal.
 *
 * @param suppliedOn suppliedOn
 * @param formal formal
 * @param missingDetails what is still missing
 */
public record MissingDetailsSupplied(
        LocalDate suppliedOn,
        boolean formal,
        List<String> missingDetails) implements ComplaintEvent {

    public MissingDetailsSupplied {
        missingDetails = missingDetails == null ? List.of() : List.copyOf(missingDetails);
    }
}
