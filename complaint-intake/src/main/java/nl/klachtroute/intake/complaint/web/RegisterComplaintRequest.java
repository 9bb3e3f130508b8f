package nl.klachtroute.intake.complaint.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.intake.complaint.Complainant;
import nl.klachtroute.intake.complaint.NewComplaint;

/**
 * {@code POST /api/complaints}. Only what is needed to start the route is required; the complainant's
 * details and the description may be missing (the complaint is then informal, never refused).
 */
@ConductBeforeReceipt
public record RegisterComplaintRequest(
        @NotNull @PastDate LocalDate receivedOn,
        @NotNull Channel channel,
        @Valid ComplainantDetails complainant,
        @PastDate LocalDate conductDate,
        @NotBlank @Size(max = 100) String department,
        @NotBlank @Size(max = 100) String team,
        @NotNull Category category,
        @Size(max = 10_000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = StaffIds.PATTERN) String> employeesConcerned,
        @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = StaffIds.PATTERN) String> involvedStaff) {

    /** The citizen's contact details, each optional. */
    public record ComplainantDetails(
            @Size(max = 200) String name,
            @Size(max = 500) String address,
            @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "must be a phone number") String phone) {

        @Override
        public String toString() {
            return "ComplainantDetails[redacted]";
        }
    }

    NewComplaint toNewComplaint() {
        Complainant who = complainant == null ? Complainant.UNKNOWN
                : new Complainant(complainant.name(), complainant.address(), complainant.email(), complainant.phone());
        return new NewComplaint(receivedOn, channel, who, conductDate, department.strip(), team.strip(), category,
                description, employeesConcerned, involvedStaff);
    }

    @Override
    public String toString() {
        return "RegisterComplaintRequest[" + channel + ", " + category + ", " + department + "/" + team + "]";
    }
}
