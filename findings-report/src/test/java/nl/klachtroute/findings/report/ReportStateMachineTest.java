package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klachtroute.events.findings.FindingsEvent;
import nl.klachtroute.events.findings.FindingsReportAccepted;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.events.findings.FindingsReportReturned;
import nl.klachtroute.events.findings.FindingsReportShared;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.problem.IllegalTransitionException;

/** Every (state, command) pair, run through the aggregate's real commands. */
class ReportStateMachineTest {

    /** The expected table; a missing pair means the command is refused in that state. */
    private static final Map<ReportStatus, Map<ReportCommand, ReportStatus>> ALLOWED = Map.of(
            ReportStatus.DRAFT, Map.of(
                    ReportCommand.RECORD_HEARING, ReportStatus.HEARINGS_RECORDED,
                    ReportCommand.WRITE_FINDINGS, ReportStatus.DRAFT,
                    ReportCommand.REASSIGN, ReportStatus.DRAFT),
            ReportStatus.HEARINGS_RECORDED, Map.of(
                    ReportCommand.RECORD_HEARING, ReportStatus.HEARINGS_RECORDED,
                    ReportCommand.WRITE_FINDINGS, ReportStatus.HEARINGS_RECORDED,
                    ReportCommand.SUBMIT, ReportStatus.SUBMITTED,
                    ReportCommand.REASSIGN, ReportStatus.HEARINGS_RECORDED),
            ReportStatus.SUBMITTED, Map.of(
                    ReportCommand.ACCEPT, ReportStatus.ACCEPTED,
                    ReportCommand.RETURN, ReportStatus.RETURNED,
                    ReportCommand.REASSIGN, ReportStatus.SUBMITTED),
            ReportStatus.RETURNED, Map.of(
                    ReportCommand.RECORD_HEARING, ReportStatus.RETURNED,
                    ReportCommand.WRITE_FINDINGS, ReportStatus.RETURNED,
                    ReportCommand.SUBMIT, ReportStatus.SUBMITTED,
                    ReportCommand.REASSIGN, ReportStatus.RETURNED),
            ReportStatus.ACCEPTED, Map.of(
                    ReportCommand.SHARE, ReportStatus.SHARED),
            ReportStatus.SHARED, Map.of());

    private static final Map<ReportCommand, Class<? extends FindingsEvent>> EVENT = Map.of(
            ReportCommand.RECORD_HEARING, HearingHeld.class,
            ReportCommand.SUBMIT, FindingsReportSubmitted.class,
            ReportCommand.ACCEPT, FindingsReportAccepted.class,
            ReportCommand.RETURN, FindingsReportReturned.class,
            ReportCommand.SHARE, FindingsReportShared.class,
            ReportCommand.REASSIGN, FindingsReportAssigned.class);

    static Stream<Arguments> everyStateAndCommand() {
        return Arrays.stream(ReportStatus.values()).flatMap(state -> Arrays.stream(ReportCommand.values())
                .map(command -> Arguments.of(state, command)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndCommand")
    void commandLeadsToTheStateOfTheTableOrIsRefused(ReportStatus state, ReportCommand command) {
        FindingsReport report = Reports.in(state);
        assertThat(report.status()).isEqualTo(state);
        ReportStatus expected = ALLOWED.get(state).get(command);

        if (expected == null) {
            assertThatThrownBy(() -> run(report, command)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(state.name());
            assertThat(report.status()).isEqualTo(state);
            assertThat(state.after(command)).isEmpty();
        } else {
            long revision = report.revision();
            List<FindingsEvent> events = run(report, command);
            assertThat(report.status()).isEqualTo(expected);
            assertThat(state.after(command)).contains(expected);
            assertThat(report.revision()).isEqualTo(revision + 1);
            if (EVENT.containsKey(command)) {
                assertThat(events).singleElement().isInstanceOf(EVENT.get(command));
            } else {
                assertThat(events).isEmpty();
            }
        }
    }

    private static List<FindingsEvent> run(FindingsReport report, ReportCommand command) {
        return switch (command) {
            case RECORD_HEARING -> report.recordHearing(Reports.citizenHearing("another-hearing"));
            case WRITE_FINDINGS -> report.writeFindings(Reports.findings());
            case SUBMIT -> report.submit(Reports.TEAMMANAGER, Reports.TODAY);
            case ACCEPT -> report.accept(Reports.HANDLER, Reports.TODAY);
            case RETURN -> report.returnWithRemarks(Reports.HANDLER, Reports.TODAY, "Graag aanvullen.");
            case SHARE -> report.share(Reports.HANDLER, Reports.TODAY);
            case REASSIGN -> report.reassign(Reports.OTHER_TEAMMANAGER, "emp_fictional_0099");
        };
    }
}
