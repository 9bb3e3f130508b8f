package nl.klachtroute.findings.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.StaffDirectory;

class AssignmentTest {

    private final Pseudonymizer pseudonymizer = new Pseudonymizer("unit-test-fictional-key");
    private final Assignment assignment = new Assignment(StaffDirectory.fictional(), pseudonymizer, "sis.lead");

    @Test
    void theTeammanagerWhoLeadsTheTeamWritesTheReport() {
        assertThat(assignment.assigneeFor("R-1", "Activering Noord", List.of(employee("mw.bakker"))))
                .isEqualTo("tm.jansen");
        assertThat(assignment.assigneeFor("R-2", "inkomen west", List.of())).isEqualTo("tm.bakker");
    }

    @Test
    void whenNobodyLeadsTheTeamTheFallbackAssigneeWritesIt() {
        assertThat(assignment.assigneeFor("R-3", "Werk Oost", List.of(employee("mw.bakker")))).isEqualTo("sis.lead");
    }

    @Test
    void whenTheComplaintIsAboutTheTeammanagerTheirLeadWritesIt() {
        assertThat(assignment.assigneeFor("R-4", "Activering Noord", List.of(employee("tm.jansen"))))
                .isEqualTo("am.visser");
    }

    @Test
    void whenTheTeammanagerAndTheirLeadAreBothInvolvedTheFallbackAssigneeWritesIt() {
        assertThat(assignment.assigneeFor("R-5", "Activering Noord",
                List.of(employee("tm.jansen"), employee("am.visser")))).isEqualTo("sis.lead");
    }

    private String employee(String staffId) {
        return pseudonymizer.pseudonym("employee", staffId);
    }
}
