package nl.klachtroute.intake.complaint;

import java.time.LocalDate;

/**
 * What intake knows of the Rapport van Bevindingen (route bejegening): when it was requested and what
 * findings-report told about it since. The report itself lives in findings-report.
 *
 * @param requestedOn   when the handler requested it
 * @param reportId      id in findings-report, once opened
 * @param teammanagerId who writes it
 * @param dueOn         when the teammanager should submit it
 * @param submittedOn   last submission to SIS
 * @param returnedOn    last return with remarks
 * @param acceptedOn    SIS accepted it: the complaint may be closed
 * @param sharedOn      the employee concerned received it
 */
public record FindingsReportFile(LocalDate requestedOn, String reportId, String teammanagerId, LocalDate dueOn,
        LocalDate submittedOn, LocalDate returnedOn, LocalDate acceptedOn, LocalDate sharedOn) {

    static FindingsReportFile requested(LocalDate on) {
        return new FindingsReportFile(on, null, null, null, null, null, null, null);
    }

    FindingsReportFile opened(String id, String teammanager, LocalDate due) {
        return new FindingsReportFile(requestedOn, id, teammanager, due, submittedOn, returnedOn, acceptedOn, sharedOn);
    }

    FindingsReportFile assignedTo(String teammanager) {
        return new FindingsReportFile(requestedOn, reportId, teammanager, dueOn, submittedOn, returnedOn, acceptedOn,
                sharedOn);
    }

    FindingsReportFile submitted(LocalDate on) {
        return new FindingsReportFile(requestedOn, reportId, teammanagerId, dueOn, on, returnedOn, acceptedOn, sharedOn);
    }

    FindingsReportFile returned(LocalDate on) {
        return new FindingsReportFile(requestedOn, reportId, teammanagerId, dueOn, submittedOn, on, acceptedOn, sharedOn);
    }

    FindingsReportFile accepted(LocalDate on) {
        return new FindingsReportFile(requestedOn, reportId, teammanagerId, dueOn, submittedOn, returnedOn, on, sharedOn);
    }

    FindingsReportFile shared(LocalDate on) {
        return new FindingsReportFile(requestedOn, reportId, teammanagerId, dueOn, submittedOn, returnedOn, acceptedOn,
                on);
    }

    boolean isAccepted() {
        return acceptedOn != null;
    }
}
