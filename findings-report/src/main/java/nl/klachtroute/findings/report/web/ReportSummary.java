package nl.klachtroute.findings.report.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.events.Category;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.ReportStatus;

/**
 * A line in a list of reports: where it is and when it is due, none of its content. Listing is
 * therefore not a read of the report and leaves no trail entry; opening it does. {@code anonymisedOn} only
 * once the complaint's retention period has passed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportSummary(String id, String complaintId, String department, String team, Category category,
        ReportStatus status, String teammanagerId, LocalDate requestedOn, LocalDate dueOn, LocalDate anonymisedOn) {

    static ReportSummary of(FindingsReport r) {
        return new ReportSummary(r.id(), r.complaintId(), r.department(), r.team(), r.category(), r.status(),
                r.teammanagerId(), r.requestedOn(), r.dueOn(), r.anonymisedOn());
    }
}
