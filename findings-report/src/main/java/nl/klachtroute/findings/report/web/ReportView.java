package nl.klachtroute.findings.report.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.ReportStatus;
import nl.klachtroute.findings.report.application.ReportRead;

/**
 * A report as its reader may see it. The employee concerned gets it without third parties' data: no
 * attendees of hearings, no other employees' references, no SIS remarks. This service holds no contact
 * details of the citizen at all. Once the complaint's retention period has passed, {@code anonymisedOn} says
 * when the report was anonymised, and its texts read "(verwijderd na bewaartermijn)".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReportView(String id, String complaintId, String department, String team, Category category,
        ReportStatus status, String teammanagerId, List<String> employeeRefs, LocalDate requestedOn, LocalDate dueOn,
        List<HearingView> hearings, String findings, String proposedSolutions, List<RemarkView> remarks,
        LocalDate submittedOn, LocalDate acceptedOn, LocalDate sharedOn, LocalDate anonymisedOn, long revision,
        String readAs) {

    static ReportView of(ReportRead read) {
        FindingsReport r = read.report();
        boolean redact = read.grant().redactsThirdParties();
        return new ReportView(r.id(), r.complaintId(), r.department(), r.team(), r.category(), r.status(),
                r.teammanagerId(), redact ? null : r.employeeRefs(), r.requestedOn(), r.dueOn(),
                r.hearings().stream().map(h -> new HearingView(h.party(), h.heldOn(), h.companions(),
                        redact ? null : h.attendedBy(), h.record(), h.recordedBy(), h.recordedOn())).toList(),
                r.findings() == null ? null : r.findings().findings(),
                r.findings() == null ? null : r.findings().proposedSolutions(),
                redact ? null : r.remarks().stream().map(m -> new RemarkView(m.text(), m.by(), m.on())).toList(),
                r.submitted() == null ? null : r.submitted().on(), r.accepted() == null ? null : r.accepted().on(),
                r.shared() == null ? null : r.shared().on(), r.anonymisedOn(), r.revision(), read.grant().name());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HearingView(HearingParty party, LocalDate heldOn, int companions, String attendedBy, String record,
            String recordedBy, LocalDate recordedOn) {
    }

    record RemarkView(String text, String by, LocalDate on) {
    }
}
