package nl.klachtroute.findings.report.persistence;

import java.util.List;

import nl.klachtroute.findings.report.ReportStatus;

/**
 * Which reports a list shows. Null parts do not restrict.
 *
 * @param teams       reports of these teams...
 * @param assignee    ...or assigned to this member of staff
 * @param employeeRef reports about the employee with this pseudonym
 * @param status      reports in this state
 */
public record ReportFilter(List<String> teams, String assignee, String employeeRef, ReportStatus status) {

    public static ReportFilter all() {
        return new ReportFilter(null, null, null, null);
    }

    /** A teammanager's reports: of the teams they lead, or assigned to them. */
    public static ReportFilter ledOrAssigned(List<String> teams, String staffId) {
        return new ReportFilter(List.copyOf(teams), staffId, null, null);
    }

    /** The reports about an employee once shared with them. */
    public static ReportFilter sharedWith(String employeeRef) {
        return new ReportFilter(null, null, employeeRef, ReportStatus.SHARED);
    }
}
