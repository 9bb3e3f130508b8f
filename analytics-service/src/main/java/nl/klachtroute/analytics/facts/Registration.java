package nl.klachtroute.analytics.facts;

import java.time.LocalDate;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.ComplaintRegistered;

/**
 * What analytics keeps of a registration (registratie): the dimensions it counts by, the deadlines and
 * the complainant's pseudonym as received (for repeat patterns). Employees are kept only as a count.
 * Once the complaint is anonymised the pseudonym is gone; every other part stays, because it is counted.
 *
 * @param receivedOn       day of receipt; every period filter works on it
 * @param quarter          {@code 2026-Q2}, stored so the store can group on it
 * @param month            {@code 2026-04}
 * @param year             calendar year of receipt
 * @param department       afdeling
 * @param team             team of the conduct complained about
 * @param complainantRef   keyed pseudonym of the complainant, never shown in any response; null once the
 *                         complaint is anonymised
 * @param employeeCount    how many employees the complaint concerns
 * @param contactDeadline  the 5th working day after receipt
 * @param handlingDeadline the Awb 9:11 term as set at registration
 */
public record Registration(
        LocalDate receivedOn,
        String quarter,
        String month,
        int year,
        String department,
        String team,
        Category category,
        Channel channel,
        Route route,
        boolean formal,
        String complainantRef,
        int employeeCount,
        LocalDate contactDeadline,
        LocalDate handlingDeadline) {

    static Registration of(ComplaintRegistered registered) {
        LocalDate received = registered.receivedOn();
        return new Registration(received, Periods.quarterOf(received), Periods.monthOf(received), received.getYear(),
                registered.department(), registered.team(), registered.category(), registered.channel(),
                registered.route(), registered.formal(), registered.complainantRef(),
                registered.employeeRefs().size(), registered.contactDeadline(), registered.handlingDeadline());
    }

    /** The same registration without the pseudonym: nothing left links the complaint to a person. */
    Registration withoutComplainant() {
        return complainantRef == null ? this : new Registration(receivedOn, quarter, month, year, department, team,
                category, channel, route, formal, null, employeeCount, contactDeadline, handlingDeadline);
    }
}
