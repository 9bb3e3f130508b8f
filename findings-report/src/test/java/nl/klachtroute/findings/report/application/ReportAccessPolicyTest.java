package nl.klachtroute.findings.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.findings.report.ReportCommand;
import nl.klachtroute.findings.report.ReportStatus;
import nl.klachtroute.findings.report.Reports;
import nl.klachtroute.support.security.Role;

class ReportAccessPolicyTest {

    private final ReportAccessPolicy policy = new ReportAccessPolicy();
    private final FindingsReport draft = Reports.in(ReportStatus.DRAFT);
    private final FindingsReport shared = Reports.in(ReportStatus.SHARED);

    private static Reader reader(String id, Set<Role> roles, List<String> leads, String employeeRef) {
        return new Reader(id, roles, leads, employeeRef);
    }

    private final Reader handler = reader("h.devries", Set.of(Role.HANDLER), List.of(), "emp_h");
    private final Reader teammanager = reader("tm.jansen", Set.of(Role.TEAMMANAGER), List.of("activering noord"), "emp_t");
    private final Reader otherTeammanager = reader("tm.bakker", Set.of(Role.TEAMMANAGER),
            List.of("Inkomen Zuid", "Inkomen West"), "emp_b");
    private final Reader employeeConcerned = reader("mw.bakker", Set.of(Role.EMPLOYEE), List.of(), Reports.EMPLOYEE_REF);
    private final Reader otherEmployee = reader("mw.anders", Set.of(Role.EMPLOYEE), List.of(), "emp_other");
    private final Reader analyst = reader("an.peters", Set.of(Role.ANALYST), List.of(), "emp_a");
    private final Reader admin = reader("admin", Set.of(Role.ADMIN), List.of(), "emp_admin");

    @Test
    void readingFollowsTheRolesAndTheTeamsLed() {
        assertThat(policy.readAs(handler, draft)).contains(ReadGrant.HANDLER);
        assertThat(policy.readAs(teammanager, draft)).as("team names match case-insensitively")
                .contains(ReadGrant.TEAMMANAGER);
        assertThat(policy.readAs(otherTeammanager, draft)).isEmpty();
        assertThat(policy.readAs(analyst, shared)).isEmpty();
        assertThat(policy.readAs(admin, shared)).isEmpty();
    }

    @Test
    void theEmployeeConcernedReadsOnlyOnceSharedAndRedacted() {
        assertThat(policy.readAs(employeeConcerned, draft)).isEmpty();
        assertThat(policy.readAs(employeeConcerned, Reports.in(ReportStatus.ACCEPTED))).isEmpty();
        assertThat(policy.readAs(employeeConcerned, shared)).contains(ReadGrant.EMPLOYEE);
        assertThat(ReadGrant.EMPLOYEE.redactsThirdParties()).isTrue();
        assertThat(policy.readAs(otherEmployee, shared)).isEmpty();
    }

    @Test
    void aHandlerTheReportIsAboutIsOnlyTheEmployeeConcerned() {
        Reader handlerConcerned = reader("h.smit", Set.of(Role.HANDLER), List.of(), Reports.EMPLOYEE_REF);

        assertThat(policy.readAs(handlerConcerned, draft)).isEmpty();
        assertThat(policy.changeAs(handlerConcerned, Reports.in(ReportStatus.SUBMITTED), ReportCommand.ACCEPT))
                .isEmpty();
        assertThat(policy.readAs(handlerConcerned, shared)).contains(ReadGrant.EMPLOYEE);
    }

    @Test
    void onlyTheAssigneeWritesAndOnlyHandlersAnalyseAndShare() {
        assertThat(policy.changeAs(teammanager, draft, ReportCommand.RECORD_HEARING)).contains(ReadGrant.TEAMMANAGER);
        assertThat(policy.changeAs(handler, draft, ReportCommand.RECORD_HEARING)).isEmpty();
        assertThat(policy.changeAs(otherTeammanager, draft, ReportCommand.SUBMIT)).isEmpty();
        assertThat(policy.changeAs(teammanager, draft, ReportCommand.ACCEPT)).isEmpty();
        assertThat(policy.changeAs(handler, draft, ReportCommand.ACCEPT)).contains(ReadGrant.HANDLER);
        assertThat(policy.changeAs(handler, draft, ReportCommand.SHARE)).contains(ReadGrant.HANDLER);
    }

    @Test
    void onlyHandlersReassignAndNeverOneTheReportIsAbout() {
        Reader handlerConcerned = reader("h.smit", Set.of(Role.HANDLER), List.of(), Reports.EMPLOYEE_REF);

        assertThat(policy.changeAs(handler, draft, ReportCommand.REASSIGN)).contains(ReadGrant.HANDLER);
        assertThat(policy.changeAs(teammanager, draft, ReportCommand.REASSIGN)).isEmpty();
        assertThat(policy.changeAs(admin, draft, ReportCommand.REASSIGN)).isEmpty();
        assertThat(policy.changeAs(handlerConcerned, draft, ReportCommand.REASSIGN)).isEmpty();
    }

    @Test
    void handlersExportForTheDossierAndTheEmployeeConcernedOnlyTheirSharedCopy() {
        assertThat(policy.exportAs(handler, draft)).contains(ReadGrant.HANDLER);
        assertThat(policy.exportAs(employeeConcerned, draft)).isEmpty();
        assertThat(policy.exportAs(employeeConcerned, shared)).contains(ReadGrant.EMPLOYEE);
        assertThat(policy.exportAs(teammanager, shared)).as("reads it in the application, takes no copies").isEmpty();
        assertThat(policy.exportAs(otherEmployee, shared)).isEmpty();
        assertThat(policy.exportAs(analyst, shared)).isEmpty();
        assertThat(policy.exportAs(admin, shared)).isEmpty();
    }

    @Test
    void anAssigneeWhoDoesNotLeadTheTeamReadsAndWritesAsAssignee() {
        Reader lead = reader("tm.jansen", Set.of(Role.HANDLER, Role.PRIVACY_OFFICER), List.of(), "emp_l");
        Reader fallback = reader("tm.jansen", Set.of(), List.of(), "emp_f");

        assertThat(policy.changeAs(lead, draft, ReportCommand.WRITE_FINDINGS)).contains(ReadGrant.ASSIGNEE);
        assertThat(policy.readAs(fallback, draft)).isEqualTo(Optional.of(ReadGrant.ASSIGNEE));
    }
}
