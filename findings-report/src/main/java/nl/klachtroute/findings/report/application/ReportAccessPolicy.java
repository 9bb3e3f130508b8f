package nl.klachtroute.findings.report.application;

import java.util.Optional;

import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.ReportCommand;
import nl.klachtroute.findings.report.ReportStatus;
import nl.klachtroute.support.security.Role;

/**
 * Who may read and change a Rapport van Bevindingen (ARCHITECTURE.md, Security; issue 4):
 * <ul>
 * <li>a handler reads every report, does SIS's analysis (accept, return), the sharing and the
 * reassignment, and exports it for the dossier;</li>
 * <li>a teammanager reads the reports of the teams they lead;</li>
 * <li>the assignee (normally that teammanager) reads the report and writes it: hearings, findings,
 * submission;</li>
 * <li>the employee the report is about reads it once it is shared, redacted, and may export that
 * redacted copy (AVG art. 15: the right to a copy);</li>
 * <li>analysts, admins and everyone else: nothing.</li>
 * </ul>
 * Someone the report is about is only ever that employee, whatever other roles they have: a handler or
 * teammanager never reads or handles a report about themselves before it is shared with them.
 * <p>
 * Teammanagers do not export: they read it in the application, and every copy outside it is one more
 * that can leak (seed 002).
 */
public class ReportAccessPolicy {

    public Optional<ReadGrant> readAs(Reader reader, FindingsReport report) {
        if (report.isAbout(reader.employeeRef())) {
            return report.status() == ReportStatus.SHARED ? Optional.of(ReadGrant.EMPLOYEE) : Optional.empty();
        }
        if (reader.has(Role.HANDLER)) {
            return Optional.of(ReadGrant.HANDLER);
        }
        if (reader.has(Role.TEAMMANAGER) && reader.leadsTeam(report.team())) {
            return Optional.of(ReadGrant.TEAMMANAGER);
        }
        if (reader.id().equals(report.teammanagerId())) {
            return Optional.of(ReadGrant.ASSIGNEE);
        }
        return Optional.empty();
    }

    public Optional<ReadGrant> changeAs(Reader reader, FindingsReport report, ReportCommand command) {
        if (report.isAbout(reader.employeeRef())) {
            return Optional.empty();
        }
        return switch (command) {
            case RECORD_HEARING, WRITE_FINDINGS, SUBMIT -> reader.id().equals(report.teammanagerId())
                    ? Optional.of(reader.has(Role.TEAMMANAGER) && reader.leadsTeam(report.team())
                            ? ReadGrant.TEAMMANAGER : ReadGrant.ASSIGNEE)
                    : Optional.empty();
            case ACCEPT, RETURN, SHARE, REASSIGN -> reader.has(Role.HANDLER) ? Optional.of(ReadGrant.HANDLER)
                    : Optional.empty();
        };
    }

    /** Who may take a PDF copy out of the system: handlers for the dossier, the employee concerned their own. */
    public Optional<ReadGrant> exportAs(Reader reader, FindingsReport report) {
        if (report.isAbout(reader.employeeRef())) {
            return report.status() == ReportStatus.SHARED ? Optional.of(ReadGrant.EMPLOYEE) : Optional.empty();
        }
        return reader.has(Role.HANDLER) ? Optional.of(ReadGrant.HANDLER) : Optional.empty();
    }

    /** Whether the reader may read every report, and so may learn that one does not exist. */
    public boolean readsEverything(Reader reader) {
        return reader.has(Role.HANDLER);
    }
}
