package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.problem.IllegalTransitionException;
import nl.klachtroute.support.problem.RuleViolationException;

class FindingsReportTest {

    @Test
    void opensADraftForTheTeammanagerWithAnIdDerivedFromTheComplaint() {
        FindingsReport.Opened opened = Reports.opened();

        assertThat(opened.report().id()).isEqualTo("R-" + Reports.COMPLAINT_ID);
        assertThat(opened.report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(opened.event()).isEqualTo(new FindingsReportOpened("R-" + Reports.COMPLAINT_ID, "Activering",
                "Activering Noord", Reports.TEAMMANAGER, LocalDate.of(2026, 5, 22)));
    }

    @Test
    void theAuthorCannotAcceptOrReturnTheirOwnReport() {
        FindingsReport report = Reports.in(ReportStatus.SUBMITTED);

        assertThatThrownBy(() -> report.accept(Reports.TEAMMANAGER, Reports.TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.slug()).isEqualTo("four-eyes"));
        assertThatThrownBy(() -> report.returnWithRemarks(Reports.TEAMMANAGER, Reports.TODAY, "Prima zo."))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.slug()).isEqualTo("four-eyes"));
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aHandlerWhoRecordedAHearingCountsAsAuthorToo() {
        FindingsReport report = Reports.opened().report();
        report.recordHearing(new Hearing(HearingParty.EMPLOYEE, Reports.TODAY, 0, null, "Gesprek met medewerker.",
                "sis.lead", Reports.TODAY, null));
        report.writeFindings(Reports.findings());
        report.submit(Reports.TEAMMANAGER, Reports.TODAY);

        assertThat(report.authors()).containsExactlyInAnyOrder(Reports.TEAMMANAGER, "sis.lead");
        assertThatThrownBy(() -> report.accept("sis.lead", Reports.TODAY)).isInstanceOf(RuleViolationException.class);
        report.accept(Reports.HANDLER, Reports.TODAY);
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void cannotSubmitWithoutFindings() {
        FindingsReport report = Reports.opened().report();
        report.recordHearing(Reports.citizenHearing(null));

        assertThatThrownBy(() -> report.submit(Reports.TEAMMANAGER, Reports.TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("findings"));
    }

    @Test
    void aRetriedHearingRequestRecordsTheHearingOnce() {
        FindingsReport report = Reports.opened().report();

        assertThat(report.recordHearing(Reports.citizenHearing("key-1"))).singleElement().isInstanceOf(HearingHeld.class);
        long revision = report.revision();
        assertThat(report.recordHearing(Reports.citizenHearing("key-1"))).isEmpty();

        assertThat(report.hearings()).hasSize(1);
        assertThat(report.revision()).isEqualTo(revision);
    }

    @Test
    void aHearingIsRecordedOnlyAfterItTookPlaceWithAtMostTwoCompanionsAndAWrittenRecord() {
        FindingsReport report = Reports.opened().report();

        assertThatThrownBy(() -> report.recordHearing(new Hearing(HearingParty.CITIZEN, Reports.TODAY.plusDays(1), 0,
                null, "Verslag.", Reports.TEAMMANAGER, Reports.TODAY, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> report.recordHearing(new Hearing(HearingParty.CITIZEN, Reports.TODAY, 3, null,
                "Verslag.", Reports.TEAMMANAGER, Reports.TODAY, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("companions"));
        assertThatThrownBy(() -> report.recordHearing(new Hearing(HearingParty.CITIZEN, Reports.TODAY, 0, null, " ",
                Reports.TEAMMANAGER, Reports.TODAY, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("record"));
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aReturnedReportKeepsTheRemarksAndCanBeSubmittedAgain() {
        FindingsReport report = Reports.in(ReportStatus.RETURNED);

        report.recordHearing(new Hearing(HearingParty.EMPLOYEE, Reports.TODAY, 0, null, "Gesprek met medewerker.",
                Reports.TEAMMANAGER, Reports.TODAY, null));
        report.submit(Reports.TEAMMANAGER, Reports.TODAY);

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.remarks()).extracting(Remark::by).containsExactly(Reports.HANDLER);
        assertThat(report.hearings()).extracting(Hearing::party).containsExactly(HearingParty.CITIZEN,
                HearingParty.EMPLOYEE);
    }

    @Test
    void aHandlerReassignsTheReportToAnotherTeammanagerWhoThenWritesIt() {
        FindingsReport report = Reports.in(ReportStatus.HEARINGS_RECORDED);
        long revision = report.revision();

        assertThat(report.reassign(Reports.OTHER_TEAMMANAGER, "emp_fictional_0099"))
                .containsExactly(new FindingsReportAssigned(report.id(), Reports.OTHER_TEAMMANAGER, Reports.TEAMMANAGER));

        assertThat(report.teammanagerId()).isEqualTo(Reports.OTHER_TEAMMANAGER);
        assertThat(report.status()).isEqualTo(ReportStatus.HEARINGS_RECORDED);
        assertThat(report.revision()).isEqualTo(revision + 1);
        assertThat(report.dueOn()).as("the new teammanager takes over the term").isEqualTo(Reports.DUE);
        assertThat(report.authors()).as("the first teammanager's hearing still counts for four-eyes")
                .contains(Reports.TEAMMANAGER, Reports.OTHER_TEAMMANAGER);
        assertThat(report.reassign(Reports.OTHER_TEAMMANAGER, "emp_fictional_0099")).as("a retry changes nothing")
                .isEmpty();
        assertThat(report.revision()).isEqualTo(revision + 1);
    }

    @Test
    void aReportIsNeverReassignedToSomeoneItIsAboutNorToWhoeverAnalysedItForSis() {
        FindingsReport report = Reports.in(ReportStatus.RETURNED);

        assertThatThrownBy(() -> report.reassign("tm.betrokken", Reports.EMPLOYEE_REF))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("involved-assignee");
                    assertThat(e.field()).isEqualTo("teammanagerId");
                });
        assertThatThrownBy(() -> report.reassign(Reports.HANDLER, "emp_fictional_0098"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.slug()).isEqualTo("four-eyes"));
        assertThat(report.teammanagerId()).isEqualTo(Reports.TEAMMANAGER);
        assertThatThrownBy(() -> Reports.in(ReportStatus.ACCEPTED).reassign(Reports.OTHER_TEAMMANAGER, "emp_x"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anonymisingErasesWhatPeopleSaidAndWhomItIsAboutButKeepsWhatCounts() {
        FindingsReport report = Reports.in(ReportStatus.RETURNED);
        report.recordHearing(new Hearing(HearingParty.EMPLOYEE, Reports.TODAY, 0, "Fenna Fictief, mw.bakker",
                "mw.bakker vertelt over het gesprek met Fenna Fictief.", Reports.TEAMMANAGER, Reports.TODAY,
                "hearing-fenna-fictief"));
        long revision = report.revision();

        assertThat(report.anonymise(Reports.TODAY.plusYears(5))).as("no event: intake's already told everyone")
                .isEmpty();

        assertThat(report.isAnonymised()).isTrue();
        assertThat(report.anonymisedOn()).isEqualTo(Reports.TODAY.plusYears(5));
        assertThat(report.revision()).isEqualTo(revision + 1);
        assertThat(report.employeeRefs()).isEmpty();
        assertThat(report.isAbout(Reports.EMPLOYEE_REF)).isFalse();
        assertThat(report.hearings()).extracting(Hearing::record).containsOnly(FindingsReport.ERASED);
        assertThat(report.hearings()).extracting(Hearing::attendedBy).containsOnly(FindingsReport.ERASED);
        assertThat(report.hearings()).extracting(Hearing::requestKey).containsOnlyNulls();
        assertThat(report.findings().findings()).isEqualTo(FindingsReport.ERASED);
        assertThat(report.findings().proposedSolutions()).isEqualTo(FindingsReport.ERASED);
        assertThat(report.remarks()).extracting(Remark::text).containsOnly(FindingsReport.ERASED);
        assertThat(report.snapshot().toString()).doesNotContain("Fenna", "Fictief", "mw.bakker", "balie",
                "medewerker erkent", "Kennismakingsgesprek", "Graag ook", Reports.EMPLOYEE_REF);

        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.id()).isEqualTo("R-" + Reports.COMPLAINT_ID);
        assertThat(report.department()).isEqualTo("Activering");
        assertThat(report.team()).isEqualTo("Activering Noord");
        assertThat(report.category()).isEqualTo(Category.BEJEGENING);
        assertThat(report.requestedOn()).isEqualTo(Reports.REQUESTED);
        assertThat(report.dueOn()).isEqualTo(Reports.DUE);
        assertThat(report.submitted()).isEqualTo(new Step(Reports.TEAMMANAGER, Reports.TODAY));
        assertThat(report.hearings()).extracting(Hearing::party, Hearing::heldOn, Hearing::companions)
                .containsExactly(tuple(HearingParty.CITIZEN, LocalDate.of(2026, 5, 12), 1),
                        tuple(HearingParty.EMPLOYEE, Reports.TODAY, 0));
        assertThat(report.remarks()).extracting(Remark::by, Remark::on).containsExactly(tuple(Reports.HANDLER,
                Reports.TODAY));
        assertThat(FindingsReport.restore(report.snapshot()).snapshot()).isEqualTo(report.snapshot());
    }

    @Test
    void anonymisingAgainChangesNothingFurther() {
        FindingsReport report = Reports.in(ReportStatus.SHARED);
        report.anonymise(Reports.TODAY.plusYears(5));
        FindingsReport.Snapshot once = report.snapshot();

        assertThat(report.anonymise(Reports.TODAY.plusYears(6))).isEmpty();

        assertThat(report.snapshot()).isEqualTo(once);
    }

    @Test
    void anAnonymisedReportRefusesEveryCommandAndGivesNoDeadlineEvents() {
        FindingsReport report = Reports.opened().report();
        report.recordHearing(Reports.citizenHearing("key-1"));
        report.anonymise(Reports.TODAY);
        FindingsReport.Snapshot anonymised = report.snapshot();

        List<ThrowingCallable> commands = List.of(
                () -> report.recordHearing(Reports.citizenHearing("key-1")),
                () -> report.recordHearing(Reports.citizenHearing(null)),
                () -> report.writeFindings(Reports.findings()),
                () -> report.submit(Reports.TEAMMANAGER, Reports.TODAY),
                () -> report.accept(Reports.HANDLER, Reports.TODAY),
                () -> report.returnWithRemarks(Reports.HANDLER, Reports.TODAY, "Graag aanvullen."),
                () -> report.share(Reports.HANDLER, Reports.TODAY),
                () -> report.reassign(Reports.TEAMMANAGER, "emp_fictional_0099"),
                () -> report.reassign(Reports.OTHER_TEAMMANAGER, "emp_fictional_0099"));
        for (ThrowingCallable command : commands) {
            assertThatThrownBy(command).isInstanceOfSatisfying(RuleViolationException.class,
                    e -> assertThat(e.slug()).isEqualTo("anonymised"));
        }
        assertThat(report.checkDeadline(Reports.DUE.plusDays(1), WorkingDays.weekendsOnly(), 1)).isEmpty();
        assertThat(report.snapshot()).isEqualTo(anonymised);
    }

    @Test
    void snapshotRestoresTheSameReport() {
        FindingsReport report = Reports.in(ReportStatus.SHARED);
        report.checkDeadline(Reports.DUE.plusDays(3), WorkingDays.weekendsOnly(), 1);

        FindingsReport restored = FindingsReport.restore(report.snapshot());

        assertThat(restored.snapshot()).isEqualTo(report.snapshot());
        assertThat(restored.isAbout(Reports.EMPLOYEE_REF)).isTrue();
        assertThat(restored.isAbout("emp_someone_else")).isFalse();
        assertThat(restored.employeeRefs()).isEqualTo(List.of(Reports.EMPLOYEE_REF));
    }
}
