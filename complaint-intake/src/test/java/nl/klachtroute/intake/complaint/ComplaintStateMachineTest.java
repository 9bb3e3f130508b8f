package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.REPORT_ID;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.WEEKEND_ONLY_DEADLINES;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.date;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.day;
import static nl.klachtroute.intake.complaint.ComplaintStatus.ACKNOWLEDGED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.AWAITING_FINDINGS_REPORT;
import static nl.klachtroute.intake.complaint.ComplaintStatus.CLOSED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.CONTACTED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.FINDINGS_REPORT_ACCEPTED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.FINDINGS_REPORT_SUBMITTED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.HANDLER_ASSIGNED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.IN_INVESTIGATION;
import static nl.klachtroute.intake.complaint.ComplaintStatus.NOT_HANDLED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.REFERRED_TO_OMBUDSMAN;
import static nl.klachtroute.intake.complaint.ComplaintStatus.REGISTERED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.RESOLVED_INFORMALLY;
import static nl.klachtroute.intake.complaint.ComplaintStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.support.problem.DomainProblem;

/**
 * Every (state, command) pair of the complaint: allowed, and to which state, or refused with a 409 that names
 * the state and the command, leaving the complaint as it was. Each complaint is taken to its state by the real
 * commands ({@link ComplaintBuilder#walkedTo}); the findings states exist on the route bejegening only.
 */
class ComplaintStateMachineTest {

    private static final String HANDLER = "h.devries";
    /** A complaint without the citizen's address, so that there is something to ask for. */
    private static final Complainant WITHOUT_ADDRESS = new Complainant("Fenna Fictief", null,
            "fenna.fictief@example.org", null);
    private static final Set<ComplaintStatus> OPEN = ComplaintStatus.OPEN;
    private static final Set<ComplaintStatus> ACKNOWLEDGED_AND_OPEN = EnumSet.range(ACKNOWLEDGED,
            FINDINGS_REPORT_ACCEPTED);
    private static final Set<ComplaintStatus> WITH_HANDLER = EnumSet.range(HANDLER_ASSIGNED, FINDINGS_REPORT_ACCEPTED);
    private static final Set<ComplaintStatus> ROUTED = EnumSet.range(IN_INVESTIGATION, FINDINGS_REPORT_ACCEPTED);
    private static final Set<ComplaintStatus> FINDINGS_STATES = EnumSet.of(AWAITING_FINDINGS_REPORT,
            FINDINGS_REPORT_SUBMITTED, FINDINGS_REPORT_ACCEPTED);

    /** How the table's complaints are made for a command: which route, and whether the citizen was heard. */
    private enum Fixture {
        BEJEGENING, STANDARD, BEJEGENING_WITHOUT_CITIZEN_HEARING
    }

    /** A command of the state machine with the input a handler (or findings-report) would give. */
    private enum Command {
        REQUEST_MISSING_DETAILS(ComplaintCommand.REQUEST_MISSING_DETAILS, Fixture.BEJEGENING,
                c -> c.requestMissingDetails(day(7), HANDLER)),
        SUPPLY_MISSING_DETAILS(ComplaintCommand.SUPPLY_MISSING_DETAILS, Fixture.BEJEGENING,
                c -> c.supplyMissingDetails(new Complainant(null, "Voorbeeldstraat 1, 1011 AA Amsterdam", null, null),
                        null, null, day(7), HANDLER)),
        ACKNOWLEDGE(ComplaintCommand.ACKNOWLEDGE, Fixture.BEJEGENING, c -> c.acknowledge(null, day(7), HANDLER)),
        ASSIGN(ComplaintCommand.ASSIGN, Fixture.BEJEGENING, c -> c.assignHandler("h.smit", day(7), "sis.lead")),
        CONTACT(ComplaintCommand.CONTACT, Fixture.BEJEGENING,
                c -> c.recordContact(date(7), Channel.PHONE, "Gebeld", day(7), HANDLER)),
        ROUTE(ComplaintCommand.ROUTE, Fixture.BEJEGENING, c -> c.startRoute(day(7), HANDLER)),
        INFORM_EMPLOYEE(ComplaintCommand.INFORM_EMPLOYEE, Fixture.BEJEGENING,
                c -> c.informEmployee(null, day(7), HANDLER)),
        REQUEST_FINDINGS_REPORT(ComplaintCommand.REQUEST_FINDINGS_REPORT, Fixture.BEJEGENING,
                c -> c.requestFindingsReport(day(7), HANDLER)),
        HEARING(ComplaintCommand.HEARING, Fixture.STANDARD,
                c -> c.recordHearing(HearingParty.CITIZEN, date(7), "Verslag", day(7), HANDLER)),
        WAIVE_HEARING(ComplaintCommand.WAIVE_HEARING, Fixture.BEJEGENING_WITHOUT_CITIZEN_HEARING,
                c -> c.waiveHearing(HearingWaiverGround.CLEARLY_UNFOUNDED, "Kennelijk ongegrond", day(7), HANDLER)),
        POSTPONE(ComplaintCommand.POSTPONE, Fixture.BEJEGENING,
                c -> c.postpone(new Complaint.PostponementRequest(4, date(7), date(7), null), WEEKEND_ONLY_DEADLINES,
                        day(7), HANDLER)),
        CLOSE(ComplaintCommand.CLOSE, Fixture.STANDARD,
                c -> c.close(Judgement.GEGROND, "Bevindingen", "Conclusies", List.of(), WEEKEND_ONLY_DEADLINES,
                        day(15), HANDLER),
                // Closure needs the employee informed and the citizen heard; where the state allows, do that first.
                c -> {
                    quietly(() -> c.informEmployee(null, day(15), HANDLER));
                    quietly(() -> c.recordHearing(HearingParty.CITIZEN, date(15), "Verslag", day(15), HANDLER));
                }),
        RESOLVE_INFORMALLY(ComplaintCommand.RESOLVE_INFORMALLY, Fixture.BEJEGENING,
                c -> c.resolveInformally(date(7), Channel.EMAIL, "Tevreden", day(7), HANDLER)),
        NOT_HANDLED(ComplaintCommand.NOT_HANDLED, Fixture.BEJEGENING,
                c -> c.decideNotToHandle(NotHandlingGround.COURT_PROCEEDINGS, "Rechter oordeelt", day(7), HANDLER)),
        WITHDRAW(ComplaintCommand.WITHDRAW, Fixture.BEJEGENING, c -> c.withdraw(null, null, day(7), HANDLER)),
        // Day 60 is after the handling deadline (Fri 5 Jun 2026), so open complaints may go too.
        REFER_TO_OMBUDSMAN(ComplaintCommand.REFER_TO_OMBUDSMAN, Fixture.BEJEGENING,
                c -> c.referToOmbudsman(day(60), HANDLER)),
        REOPEN(ComplaintCommand.REOPEN, Fixture.BEJEGENING, c -> c.reopen("Besluit heropening", day(30), "sis.lead")),
        FINDINGS_REPORT_OPENED(ComplaintCommand.FINDINGS_REPORT_OPENED, Fixture.BEJEGENING,
                c -> c.recordFindingsReportOpened(REPORT_ID, "tm.jansen", date(19), day(7))),
        FINDINGS_REPORT_ASSIGNED(ComplaintCommand.FINDINGS_REPORT_ASSIGNED, Fixture.BEJEGENING,
                c -> c.recordFindingsReportAssigned(REPORT_ID, "tm.bakker", day(7))),
        FINDINGS_HEARING_HELD(ComplaintCommand.FINDINGS_HEARING_HELD, Fixture.BEJEGENING,
                c -> c.recordFindingsHearing(REPORT_ID, HearingParty.EMPLOYEE, date(8), day(8))),
        FINDINGS_REPORT_SUBMITTED(ComplaintCommand.FINDINGS_REPORT_SUBMITTED, Fixture.BEJEGENING,
                c -> c.recordFindingsReportSubmitted(REPORT_ID, date(11), day(11))),
        FINDINGS_REPORT_RETURNED(ComplaintCommand.FINDINGS_REPORT_RETURNED, Fixture.BEJEGENING,
                c -> c.recordFindingsReportReturned(REPORT_ID, date(11), day(11))),
        FINDINGS_REPORT_ACCEPTED(ComplaintCommand.FINDINGS_REPORT_ACCEPTED, Fixture.BEJEGENING,
                c -> c.recordFindingsReportAccepted(REPORT_ID, date(13), day(13))),
        FINDINGS_REPORT_SHARED(ComplaintCommand.FINDINGS_REPORT_SHARED, Fixture.BEJEGENING,
                c -> c.recordFindingsReportShared(REPORT_ID, date(15), day(15)));

        private final ComplaintCommand command;
        private final Fixture fixture;
        private final Function<Complaint, ?> action;
        private final Consumer<Complaint> setUp;

        Command(ComplaintCommand command, Fixture fixture, Function<Complaint, ?> action) {
            this(command, fixture, action, c -> {
            });
        }

        Command(ComplaintCommand command, Fixture fixture, Function<Complaint, ?> action, Consumer<Complaint> setUp) {
            this.command = command;
            this.fixture = fixture;
            this.action = action;
            this.setUp = setUp;
        }

        Complaint complaintIn(ComplaintStatus status) {
            ComplaintBuilder builder = aComplaint().from(WITHOUT_ADDRESS);
            if (fixture == Fixture.STANDARD && !FINDINGS_STATES.contains(status)) {
                builder.about(Category.BEREIKBAARHEID);
            }
            if (fixture == Fixture.BEJEGENING_WITHOUT_CITIZEN_HEARING) {
                builder.withoutCitizenHearing();
            }
            Complaint complaint = builder.walkedTo(status);
            setUp.accept(complaint);
            return complaint;
        }
    }

    /** Where each command is allowed and the state it leads to; every other pair is refused with a 409. */
    private static final Map<Command, Map<ComplaintStatus, ComplaintStatus>> ALLOWED = new EnumMap<>(Command.class);

    static {
        stays(Command.REQUEST_MISSING_DETAILS, OPEN);
        stays(Command.SUPPLY_MISSING_DETAILS, OPEN); // until the complaint ends, asked for or not
        moves(Command.ACKNOWLEDGE, ACKNOWLEDGED, REGISTERED);
        moves(Command.ASSIGN, HANDLER_ASSIGNED, ACKNOWLEDGED);
        stays(Command.ASSIGN, WITH_HANDLER); // reassignment
        moves(Command.CONTACT, CONTACTED, HANDLER_ASSIGNED);
        moves(Command.ROUTE, IN_INVESTIGATION, CONTACTED);
        stays(Command.INFORM_EMPLOYEE, WITH_HANDLER);
        moves(Command.REQUEST_FINDINGS_REPORT, AWAITING_FINDINGS_REPORT, IN_INVESTIGATION);
        // Standard route only; the findings states are on the route bejegening, where the teammanager hears.
        stays(Command.HEARING, EnumSet.of(IN_INVESTIGATION));
        stays(Command.WAIVE_HEARING, ROUTED);
        stays(Command.POSTPONE, ACKNOWLEDGED_AND_OPEN);
        moves(Command.CLOSE, CLOSED, IN_INVESTIGATION, FINDINGS_REPORT_ACCEPTED);
        moves(Command.RESOLVE_INFORMALLY, RESOLVED_INFORMALLY, ACKNOWLEDGED_AND_OPEN.toArray(ComplaintStatus[]::new));
        moves(Command.NOT_HANDLED, NOT_HANDLED, ACKNOWLEDGED, HANDLER_ASSIGNED, CONTACTED, IN_INVESTIGATION);
        moves(Command.WITHDRAW, WITHDRAWN, OPEN.toArray(ComplaintStatus[]::new));
        moves(Command.REFER_TO_OMBUDSMAN, REFERRED_TO_OMBUDSMAN, OPEN.toArray(ComplaintStatus[]::new));
        moves(Command.REFER_TO_OMBUDSMAN, REFERRED_TO_OMBUDSMAN, CLOSED, NOT_HANDLED);
        // Back to where it was before it ended (the walks: closed after the accepted report, the informal
        // resolution and the not-handling decision after the acknowledgement, the withdrawal at once).
        moves(Command.REOPEN, FINDINGS_REPORT_ACCEPTED, CLOSED, REFERRED_TO_OMBUDSMAN);
        moves(Command.REOPEN, ACKNOWLEDGED, RESOLVED_INFORMALLY, NOT_HANDLED);
        moves(Command.REOPEN, REGISTERED, WITHDRAWN);
        // The report of the walks is open from AWAITING_FINDINGS_REPORT on: the same report again is a no-op.
        stays(Command.FINDINGS_REPORT_OPENED, EnumSet.of(AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED,
                FINDINGS_REPORT_ACCEPTED, CLOSED, REFERRED_TO_OMBUDSMAN));
        stays(Command.FINDINGS_REPORT_ASSIGNED, EnumSet.of(AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED));
        stays(Command.FINDINGS_HEARING_HELD, EnumSet.of(AWAITING_FINDINGS_REPORT));
        moves(Command.FINDINGS_REPORT_SUBMITTED, FINDINGS_REPORT_SUBMITTED, AWAITING_FINDINGS_REPORT);
        moves(Command.FINDINGS_REPORT_RETURNED, AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED);
        moves(Command.FINDINGS_REPORT_ACCEPTED, FINDINGS_REPORT_ACCEPTED, FINDINGS_REPORT_SUBMITTED);
        // Sharing may follow closure: any state with an accepted report takes it.
        stays(Command.FINDINGS_REPORT_SHARED, EnumSet.of(FINDINGS_REPORT_ACCEPTED, CLOSED, REFERRED_TO_OMBUDSMAN));
    }

    private static void moves(Command command, ComplaintStatus to, ComplaintStatus... from) {
        Arrays.stream(from).forEach(state -> ALLOWED.computeIfAbsent(command, k -> new EnumMap<>(ComplaintStatus.class))
                .put(state, to));
    }

    private static void stays(Command command, Set<ComplaintStatus> states) {
        states.forEach(state -> ALLOWED.computeIfAbsent(command, k -> new EnumMap<>(ComplaintStatus.class))
                .put(state, state));
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (DomainProblem notInThisState) {
            // The state refuses the preparation; the command under test is then refused too.
        }
    }

    static Stream<Arguments> everyStateAndCommand() {
        return Arrays.stream(ComplaintStatus.values())
                .flatMap(state -> Arrays.stream(Command.values()).map(command -> Arguments.of(state, command)));
    }

    @Test
    void theTableNamesEveryCommandOfTheStateMachine() {
        assertThat(Arrays.stream(Command.values()).map(c -> c.command))
                .containsExactlyInAnyOrder(ComplaintCommand.values());
        assertThat(ALLOWED.keySet()).isEqualTo(EnumSet.allOf(Command.class));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndCommand")
    void eachCommandIsAllowedOrRefusedWithAConflict(ComplaintStatus state, Command command) {
        Complaint complaint = command.complaintIn(state);
        assertThat(complaint.status()).as("fixture").isEqualTo(state);
        ComplaintStatus expected = ALLOWED.get(command).get(state);

        if (expected == null) {
            Complaint.Snapshot before = complaint.snapshot();
            assertThatThrownBy(() -> command.action.apply(complaint))
                    .as("%s in %s", command, state)
                    .isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                        assertThat(refused.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                        assertThat(refused.status()).isEqualTo(state);
                        assertThat(refused.command()).isEqualTo(command.command);
                        assertThat(refused.getMessage()).contains(state.name(), command.command.phrase());
                    });
            assertThat(complaint.snapshot()).as("a refused command changes nothing").isEqualTo(before);
        } else {
            command.action.apply(complaint);
            assertThat(complaint.status()).as("%s in %s", command, state).isEqualTo(expected);
        }
    }
}
