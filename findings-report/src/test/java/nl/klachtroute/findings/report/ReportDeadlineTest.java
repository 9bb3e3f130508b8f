package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.findings.FindingsReportDeadlineApproaching;
import nl.klachtroute.events.findings.FindingsReportDeadlineMissed;
import nl.klachtroute.events.findings.FindingsReportSubmitted;

/** The teammanager's deadline: requested Friday 8 May 2026, due Friday 22 May, reminder one working day before. */
class ReportDeadlineTest {

    private static final WorkingDays WEEKENDS = WorkingDays.weekendsOnly();
    private static final LocalDate REMINDER_DAY = LocalDate.of(2026, 5, 21);
    private static final LocalDate DAY_AFTER_DUE = LocalDate.of(2026, 5, 23);

    @Test
    void remindsOnceFromTheReminderDayAndReportsTheMissedDeadlineOnceFromTheDayAfter() {
        FindingsReport report = Reports.opened().report();
        long revision = report.revision();

        assertThat(report.checkDeadline(REMINDER_DAY.minusDays(1), WEEKENDS, 1)).isEmpty();
        assertThat(report.checkDeadline(REMINDER_DAY, WEEKENDS, 1)).containsExactly(
                new FindingsReportDeadlineApproaching(report.id(), Reports.DUE, Reports.TEAMMANAGER));
        assertThat(report.checkDeadline(REMINDER_DAY, WEEKENDS, 1)).isEmpty();
        assertThat(report.checkDeadline(Reports.DUE, WEEKENDS, 1)).as("the due day itself is still in time").isEmpty();
        assertThat(report.checkDeadline(DAY_AFTER_DUE, WEEKENDS, 1)).containsExactly(
                new FindingsReportDeadlineMissed(report.id(), Reports.DUE, Reports.TEAMMANAGER));
        assertThat(report.checkDeadline(DAY_AFTER_DUE.plusDays(5), WEEKENDS, 1)).isEmpty();

        assertThat(report.revision()).as("bookkeeping, not a change the client must reload for").isEqualTo(revision);
        FindingsReport restored = FindingsReport.restore(report.snapshot());
        assertThat(restored.checkDeadline(DAY_AFTER_DUE.plusDays(6), WEEKENDS, 1)).as("remembered after a restart")
                .isEmpty();
    }

    @Test
    void aScanThatFirstRunsAfterTheDueDayGivesOnlyTheMissedEvent() {
        FindingsReport report = Reports.opened().report();

        assertThat(report.checkDeadline(DAY_AFTER_DUE, WEEKENDS, 1)).singleElement()
                .isInstanceOf(FindingsReportDeadlineMissed.class);
        assertThat(report.deadlineApproachingFor()).isNull();
    }

    @Test
    void aReportSubmittedInTimeHasNoMissedDeadlineNotEvenAfterAReturn() {
        FindingsReport report = Reports.in(ReportStatus.HEARINGS_RECORDED);

        assertThat(report.submit(Reports.TEAMMANAGER, Reports.DUE)).singleElement()
                .isInstanceOf(FindingsReportSubmitted.class);
        assertThat(report.checkDeadline(DAY_AFTER_DUE, WEEKENDS, 1)).isEmpty();
        report.returnWithRemarks(Reports.HANDLER, DAY_AFTER_DUE, "Graag aanvullen.");
        assertThat(report.checkDeadline(DAY_AFTER_DUE.plusDays(3), WEEKENDS, 1)).isEmpty();
        assertThat(report.submit(Reports.TEAMMANAGER, DAY_AFTER_DUE.plusDays(3))).singleElement()
                .isInstanceOf(FindingsReportSubmitted.class);
    }

    @Test
    void aLateFirstSubmissionStatesTheMissedDeadlineUnlessAScanAlreadyDid() {
        FindingsReport unseen = Reports.in(ReportStatus.HEARINGS_RECORDED);
        assertThat(unseen.submit(Reports.TEAMMANAGER, DAY_AFTER_DUE)).containsExactly(
                new FindingsReportDeadlineMissed(unseen.id(), Reports.DUE, Reports.TEAMMANAGER),
                new FindingsReportSubmitted(unseen.id(), DAY_AFTER_DUE));

        FindingsReport seen = Reports.in(ReportStatus.HEARINGS_RECORDED);
        seen.checkDeadline(DAY_AFTER_DUE, WEEKENDS, 1);
        assertThat(seen.submit(Reports.TEAMMANAGER, DAY_AFTER_DUE.plusDays(2))).singleElement()
                .isInstanceOf(FindingsReportSubmitted.class);
    }

    @Test
    void withoutLeadTimeTheReminderComesOnTheDueDay() {
        FindingsReport report = Reports.opened().report();

        assertThat(report.checkDeadline(REMINDER_DAY, WEEKENDS, 0)).isEmpty();
        assertThat(report.checkDeadline(Reports.DUE, WEEKENDS, 0)).singleElement()
                .isInstanceOf(FindingsReportDeadlineApproaching.class);
    }
}
