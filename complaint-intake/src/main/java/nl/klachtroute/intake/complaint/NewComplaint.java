package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;

/**
 * What the handler records when a complaint comes in.
 *
 * @param receivedOn         day of receipt (ontvangstdatum), the start of every term
 * @param channel            how it came in
 * @param complainant        who complains, as far as known
 * @param conductDate        when the conduct complained about happened, if known
 * @param department         afdeling of the employee(s) concerned, e.g. Activering
 * @param team               team within the department, e.g. Activering Noord
 * @param category           what it is about; decides the route
 * @param description        the conduct complained about, in the citizen's words (personal data)
 * @param employeesConcerned staff ids of the employees complained about (beklaagde medewerkers), if known
 * @param involvedStaff      staff ids of others recorded as involved in the conduct; like the employees
 *                           concerned they may never handle the complaint (Awb 9:7)
 */
public record NewComplaint(
        LocalDate receivedOn,
        Channel channel,
        Complainant complainant,
        LocalDate conductDate,
        String department,
        String team,
        Category category,
        String description,
        List<String> employeesConcerned,
        List<String> involvedStaff) {

    public NewComplaint {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(team, "team");
        complainant = complainant == null ? Complainant.UNKNOWN : complainant;
        description = Complainant.blankToNull(description);
        employeesConcerned = staffIds(employeesConcerned);
        involvedStaff = staffIds(involvedStaff);
    }

    /** Whether the member of staff is complained about or involved: they may not handle it (Awb 9:7). */
    public boolean concerns(String staffId) {
        return staffId != null && (employeesConcerned.contains(staffId) || involvedStaff.contains(staffId));
    }

    /**
     * The same complaint with the complainant's details and the description the citizen supplied later merged in
     * ({@link Complainant#supplementedWith}); a blank or absent description keeps the one recorded.
     */
    public NewComplaint supplementedWith(Complainant supplied, String suppliedDescription) {
        String newDescription = Complainant.blankToNull(suppliedDescription);
        return new NewComplaint(receivedOn, channel, complainant.supplementedWith(supplied), conductDate, department,
                team, category, newDescription == null ? description : newDescription, employeesConcerned,
                involvedStaff);
    }

    private static List<String> staffIds(List<String> ids) {
        return ids == null ? List.of()
                : ids.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @Override
    public String toString() {
        return "NewComplaint[" + channel + ", " + category + ", " + department + "/" + team + ", received "
                + receivedOn + "]";
    }
}
