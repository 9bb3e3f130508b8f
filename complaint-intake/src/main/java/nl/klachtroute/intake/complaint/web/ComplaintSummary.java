package nl.klachtroute.intake.complaint.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Route;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintRepository.ComplaintPage;
import nl.klachtroute.intake.complaint.ComplaintStatus;

/** A line of the complaint list: enough to pick one and see what is due, without the citizen's details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintSummary(
        String id,
        ComplaintStatus status,
        boolean formal,
        Route route,
        Category category,
        String department,
        String team,
        LocalDate receivedOn,
        LocalDate contactDeadline,
        LocalDate handlingDeadline,
        LocalDate nextDeadline,
        boolean overdue,
        String handlerId,
        String findingsReportId) {

    static ComplaintSummary of(Complaint c, LocalDate today) {
        return new ComplaintSummary(c.id(), c.status(), c.formality().formal(), c.route(), c.category(),
                c.details().department(), c.details().team(), c.receivedOn(), c.contactDeadline(),
                c.handlingDeadline(), c.nextDeadline(), c.isOverdue(today), c.handlerId(), c.findingsReportId());
    }

    /** One page of the list. */
    public record Page(List<ComplaintSummary> items, int page, int size, long totalElements, int totalPages) {

        static Page of(ComplaintPage page, LocalDate today) {
            return new Page(page.items().stream().map(c -> ComplaintSummary.of(c, today)).toList(), page.page(),
                    page.size(), page.totalElements(), page.totalPages());
        }
    }
}
