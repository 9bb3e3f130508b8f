package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import java.util.List;
import nl.klachtroute.events.Category;

/**
 * The handler asked the teammanager for a Rapport van Bevindingen.
 *
 * @param department department
 * @param team team
 * @param category category
 * @param employeeRefs employeeRefs
 * @param requestedOn requestedOn
 */
public record FindingsReportRequested(
        String department,
        String team,
        Category category,
        List<String> employeeRefs,
        LocalDate requestedOn) implements ComplaintEvent {

    public FindingsReportRequested {
        employeeRefs = employeeRefs == null ? List.of() : List.copyOf(employeeRefs);
    }
}
