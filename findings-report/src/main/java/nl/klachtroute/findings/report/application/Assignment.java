package nl.klachtroute.findings.report.application;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * Decides who writes a new report: the teammanager who leads the team concerned. When the complaint is
 * about that teammanager, their own lead takes it (never an involved person, Awb 9:7 in spirit); when
 * nobody uninvolved is found, the configured fallback assignee (the SIS lead) does, so a report is never
 * left without an owner.
 */
public class Assignment {

    private static final Logger log = LoggerFactory.getLogger(Assignment.class);
    private final StaffDirectory directory;
    private final Pseudonymizer pseudonymizer;
    private final String fallbackAssignee;

    public Assignment(StaffDirectory directory, Pseudonymizer pseudonymizer, String fallbackAssignee) {
        this.directory = directory;
        this.pseudonymizer = pseudonymizer;
        this.fallbackAssignee = fallbackAssignee;
    }

    public String assigneeFor(String reportId, String team, List<String> employeeRefs) {
        Optional<StaffMember> teammanager = directory.teammanagerOf(team);
        if (teammanager.isPresent() && !involved(teammanager.get().id(), employeeRefs)) {
            return teammanager.get().id();
        }
        Optional<String> lead = teammanager.map(StaffMember::lead).filter(id -> !involved(id, employeeRefs));
        if (lead.isPresent()) {
            log.info("Report {}: the teammanager of team {} is involved; assigned to their lead", reportId, team);
            return lead.get();
        }
        // Team and report id only: who is involved is exactly what must not reach a log.
        log.info("Report {}: no uninvolved teammanager leads team {}; assigned to the fallback assignee", reportId,
                team);
        return fallbackAssignee;
    }

    private boolean involved(String staffId, List<String> employeeRefs) {
        return employeeRefs.contains(pseudonymizer.pseudonym("employee", staffId));
    }
}
