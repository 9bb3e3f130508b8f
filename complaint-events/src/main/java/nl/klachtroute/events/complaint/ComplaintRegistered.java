package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import java.util.List;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Route;

/**
 * A complaint was registered (Awb 9:4). Formal only when name, address, date and conduct are known.
 *
 * @param receivedOn day of receipt
 * @param channel channel
 * @param formal meets Awb 9:4 lid 2
 * @param missingDetails what the citizen still needs to supply, e.g. "address"
 * @param department afdeling
 * @param team team
 * @param category category
 * @param route route
 * @param conductDate date of the conduct complained about (optional)
 * @param complainantRef keyed pseudonym of the complainant
 * @param employeeRefs keyed pseudonyms of the employees concerned
 * @param contactDeadline contactDeadline
 * @param handlingDeadline handlingDeadline
 */
public record ComplaintRegistered(
        LocalDate receivedOn,
        Channel channel,
        boolean formal,
        List<String> missingDetails,
        String department,
        String team,
        Category category,
        Route route,
        LocalDate conductDate,
        String complainantRef,
        List<String> employeeRefs,
        LocalDate contactDeadline,
        LocalDate handlingDeadline) implements ComplaintEvent {

    public ComplaintRegistered {
        missingDetails = missingDetails == null ? List.of() : List.copyOf(missingDetails);
        employeeRefs = employeeRefs == null ? List.of() : List.copyOf(employeeRefs);
    }
}
