package nl.klachtroute.intake.complaint.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Route;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintStatus;

/**
 * A complaint as the handler sees it, including the citizen's contact details and description: the
 * handler is the citizen's single point of contact. Only HANDLER and ADMIN get here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(
        String id,
        ComplaintStatus status,
        boolean formal,
        List<String> missingDetails,
        Route route,
        Category category,
        Channel channel,
        String department,
        String team,
        LocalDate receivedOn,
        LocalDate conductDate,
        LocalDate contactDeadline,
        LocalDate handlingDeadline,
        String findingsReportId,
        String teammanagerId,
        Contact complainant,
        String description,
        List<String> employeesConcerned,
        String registeredBy,
        Instant registeredAt,
        List<Entry> timeline) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String name, String address, String email, String phone) {
    }

    /** What happened when, by whom (staff id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String type, Instant at, String by) {
    }

    static ComplaintView of(Complaint c) {
        var who = c.details().complainant();
        return new ComplaintView(c.id(), c.status(), c.formality().formal(), c.formality().missingDetails(), c.route(),
                c.category(), c.channel(), c.details().department(), c.details().team(), c.receivedOn(),
                c.details().conductDate(), c.contactDeadline(), c.handlingDeadline(), c.findingsReportId(),
                c.teammanagerId(), new Contact(who.name(), who.address(), who.email(), who.phone()),
                c.details().description(), c.details().employeesConcerned(), c.registeredBy(), c.registeredAt(),
                c.timeline().stream().map(e -> new Entry(e.kind().name(), e.at(), e.by())).toList());
    }
}
