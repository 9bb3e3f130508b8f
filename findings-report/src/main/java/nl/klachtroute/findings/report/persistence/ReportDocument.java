package nl.klachtroute.findings.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.findings.report.Findings;
import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.Hearing;
import nl.klachtroute.findings.report.Remark;
import nl.klachtroute.findings.report.ReportStatus;
import nl.klachtroute.findings.report.Step;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A report as stored: its state, the events waiting for the outbox relay, and the optimistic
 * {@code version} (bumped by every save and by the relay). Dates are ISO strings: they mean a day in
 * Amsterdam, and a date type would shift them with the JVM's time zone (and ISO strings sort as days).
 * {@code deadlineApproachingFor} and {@code deadlineMissedFor} remember which deadline events were
 * given, written together with those events. {@code anonymisedOn} is set once the complaint's retention
 * period passed; the save replaces the whole document, so the erased texts are gone from the store too.
 */
@Document(ReportStore.COLLECTION)
record ReportDocument(@Id String id, String complaintId, String department, String team, String teamKey,
        Category category, List<String> employeeRefs, String requestedOn, String teammanagerId, String dueOn,
        ReportStatus status, List<HearingDocument> hearings, FindingsDocument findings, List<RemarkDocument> remarks,
        StepDocument submitted, StepDocument accepted, StepDocument shared, long revision,
        String deadlineApproachingFor, String deadlineMissedFor, String anonymisedOn, List<PendingEvent> outbox,
        @Version Long version) {

    /** Team names are matched case-insensitively, as {@code StaffMember.leadsTeam} does. */
    static String teamKey(String team) {
        return team.toLowerCase(Locale.ROOT);
    }

    static ReportDocument of(FindingsReport report, List<PendingEvent> outbox, Long version) {
        FindingsReport.Snapshot s = report.snapshot();
        return new ReportDocument(s.id(), s.complaintId(), s.department(), s.team(), teamKey(s.team()), s.category(),
                s.employeeRefs(), day(s.requestedOn()), s.teammanagerId(), day(s.dueOn()), s.status(),
                s.hearings().stream().map(HearingDocument::of).toList(), FindingsDocument.of(s.findings()),
                s.remarks().stream().map(RemarkDocument::of).toList(), StepDocument.of(s.submitted()),
                StepDocument.of(s.accepted()), StepDocument.of(s.shared()), s.revision(),
                day(s.deadlineApproachingFor()), day(s.deadlineMissedFor()), day(s.anonymisedOn()),
                new ArrayList<>(outbox), version);
    }

    FindingsReport toReport() {
        return FindingsReport.restore(new FindingsReport.Snapshot(id, complaintId, department, team, category,
                employeeRefs, day(requestedOn), teammanagerId, day(dueOn), status,
                hearings == null ? List.of() : hearings.stream().map(HearingDocument::toHearing).toList(),
                findings == null ? null : findings.toFindings(),
                remarks == null ? List.of() : remarks.stream().map(RemarkDocument::toRemark).toList(),
                submitted == null ? null : submitted.toStep(), accepted == null ? null : accepted.toStep(),
                shared == null ? null : shared.toStep(), revision, day(deadlineApproachingFor),
                day(deadlineMissedFor), day(anonymisedOn)));
    }

    List<PendingEvent> pending() {
        return outbox == null ? List.of() : outbox;
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate day(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    record HearingDocument(HearingParty party, String heldOn, int companions, String attendedBy, String record,
            String recordedBy, String recordedOn, String requestKey) {

        static HearingDocument of(Hearing h) {
            return new HearingDocument(h.party(), day(h.heldOn()), h.companions(), h.attendedBy(), h.record(),
                    h.recordedBy(), day(h.recordedOn()), h.requestKey());
        }

        Hearing toHearing() {
            return new Hearing(party, day(heldOn), companions, attendedBy, record, recordedBy, day(recordedOn),
                    requestKey);
        }
    }

    record FindingsDocument(String findings, String proposedSolutions, String writtenBy, String writtenOn) {

        static FindingsDocument of(Findings f) {
            return f == null ? null
                    : new FindingsDocument(f.findings(), f.proposedSolutions(), f.writtenBy(), day(f.writtenOn()));
        }

        Findings toFindings() {
            return new Findings(findings, proposedSolutions, writtenBy, day(writtenOn));
        }
    }

    record RemarkDocument(String text, String by, String on) {

        static RemarkDocument of(Remark r) {
            return new RemarkDocument(r.text(), r.by(), day(r.on()));
        }

        Remark toRemark() {
            return new Remark(text, by, day(on));
        }
    }

    record StepDocument(String by, String on) {

        static StepDocument of(Step s) {
            return s == null ? null : new StepDocument(s.by(), day(s.on()));
        }

        Step toStep() {
            return new Step(by, day(on));
        }
    }
}
