package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.Category;
import nl.klachtroute.support.problem.DomainProblem;
import nl.klachtroute.support.problem.IllegalTransitionException;

/** Every (state, command) pair of the complaint: allowed, and to which state, or refused with a 409. */
class ComplaintStateMachineTest {

    private static final Instant OPENED_AT = Instant.parse("2026-04-24T10:05:00Z");

    /** A command of the state machine, applied to a complaint; returns nothing, changes the complaint. */
    private enum Command {
        RECORD_FINDINGS_REPORT_OPENED(c -> c.recordFindingsReportOpened("R-K-2026-000001", "tm.jansen", OPENED_AT));

        private final Function<Complaint, ?> action;

        Command(Function<Complaint, ?> action) {
            this.action = action;
        }
    }

    /** null = refused with 409; otherwise the state the complaint ends in. */
    private static final Map<ComplaintStatus, Map<Command, ComplaintStatus>> TABLE = new EnumMap<>(ComplaintStatus.class);

    static {
        ComplaintStatus awaiting = ComplaintStatus.AWAITING_FINDINGS_REPORT;
        allow(ComplaintStatus.REGISTERED, Command.RECORD_FINDINGS_REPORT_OPENED, awaiting);
        allow(ComplaintStatus.ACKNOWLEDGED, Command.RECORD_FINDINGS_REPORT_OPENED, awaiting);
        allow(ComplaintStatus.HANDLER_ASSIGNED, Command.RECORD_FINDINGS_REPORT_OPENED, awaiting);
        allow(ComplaintStatus.CONTACTED, Command.RECORD_FINDINGS_REPORT_OPENED, awaiting);
        allow(ComplaintStatus.IN_INVESTIGATION, Command.RECORD_FINDINGS_REPORT_OPENED, awaiting);
        // Another report while one is awaited is refused; the same report again is a no-op (tested below).
        refuse(ComplaintStatus.AWAITING_FINDINGS_REPORT, Command.RECORD_FINDINGS_REPORT_OPENED);
        refuse(ComplaintStatus.CLOSED, Command.RECORD_FINDINGS_REPORT_OPENED);
        refuse(ComplaintStatus.RESOLVED_INFORMALLY, Command.RECORD_FINDINGS_REPORT_OPENED);
        refuse(ComplaintStatus.NOT_HANDLED, Command.RECORD_FINDINGS_REPORT_OPENED);
        refuse(ComplaintStatus.WITHDRAWN, Command.RECORD_FINDINGS_REPORT_OPENED);
        refuse(ComplaintStatus.REFERRED_TO_OMBUDSMAN, Command.RECORD_FINDINGS_REPORT_OPENED);
    }

    private static void allow(ComplaintStatus from, Command command, ComplaintStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Command.class)).put(command, to);
    }

    private static void refuse(ComplaintStatus from, Command command) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Command.class)).put(command, null);
    }

    @Test
    void theTableCoversEveryStateAndCommand() {
        assertThat(TABLE.keySet()).isEqualTo(EnumSet.allOf(ComplaintStatus.class));
        TABLE.values().forEach(row -> assertThat(row.keySet()).isEqualTo(EnumSet.allOf(Command.class)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplaintStatus.class)
    void eachCommandIsAllowedOrRefusedWithAConflict(ComplaintStatus status) {
        for (Command command : Command.values()) {
            Complaint complaint = aComplaint().about(Category.BEJEGENING).in(status);
            ComplaintStatus expected = TABLE.get(status).get(command);
            if (expected == null) {
                assertThatThrownBy(() -> command.action.apply(complaint))
                        .as("%s in %s", command, status)
                        .isInstanceOf(IllegalTransitionException.class)
                        .extracting(e -> ((DomainProblem) e).kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                assertThat(complaint.status()).isEqualTo(status);
            } else {
                command.action.apply(complaint);
                assertThat(complaint.status()).as("%s in %s", command, status).isEqualTo(expected);
            }
        }
    }

    @Test
    void registrationStartsTheRouteInRegistered() {
        assertThat(aComplaint().registered().status()).isEqualTo(ComplaintStatus.REGISTERED);
    }

    @Test
    void anOpenedReportIsRecordedWithItsTeammanagerAndOnTheTimeline() {
        Complaint complaint = aComplaint().about(Category.BEJEGENING).registered();

        assertThat(complaint.recordFindingsReportOpened("R-K-2026-000001", "tm.jansen", OPENED_AT)).isEmpty();

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_FINDINGS_REPORT);
        assertThat(complaint.findingsReportId()).isEqualTo("R-K-2026-000001");
        assertThat(complaint.teammanagerId()).isEqualTo("tm.jansen");
        assertThat(complaint.timeline()).last()
                .isEqualTo(new TimelineEntry(TimelineEntry.Kind.FINDINGS_REPORT_OPENED, OPENED_AT, "tm.jansen"));
    }

    @Test
    void recordingTheSameOpenedReportAgainChangesNothing() {
        Complaint complaint = aComplaint().about(Category.BEJEGENING).registered();
        complaint.recordFindingsReportOpened("R-K-2026-000001", "tm.jansen", OPENED_AT);
        Complaint.Snapshot before = complaint.snapshot();

        assertThat(complaint.recordFindingsReportOpened("R-K-2026-000001", "tm.jansen", OPENED_AT.plusSeconds(60)))
                .isEmpty();

        assertThat(complaint.snapshot()).isEqualTo(before);
    }

    @Test
    void aStandardRouteComplaintHasNoReportToWaitFor() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).registered();

        assertThatThrownBy(() -> complaint.recordFindingsReportOpened("R-K-2026-000001", "tm.jansen", OPENED_AT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("without a requested findings report");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REGISTERED);
    }
}
