package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.REGISTERED_AT;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.REPORT_ID;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.WEEKEND_ONLY_DEADLINES;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.date;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.CitizenContactResumed;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineApproaching;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.EmployeeInformed;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.events.complaint.HandlerAssigned;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.HearingWaived;
import nl.klachtroute.events.complaint.MissingDetailsRequested;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.support.problem.RuleViolationException;

/**
 * The rules of the route beyond which state allows which command (that is {@link ComplaintStateMachineTest}).
 * Dates: received Fri 24 Apr 2026, weekends-only calendar; contact deadline Fri 1 May, handling deadline
 * Fri 5 Jun, not-handling notice Fri 22 May 2026. {@code day(n)} is n days after registration.
 */
class ComplaintRouteTest {

    private static final String HANDLER = "h.devries";

    @Test
    void refusesTheEmployeeConcernedAndAnyoneInvolvedAsHandler() {
        Complaint complaint = aComplaint().concerning("mw.bakker").involving("h.smit").walkedTo(ComplaintStatus.ACKNOWLEDGED);

        assertRule(() -> complaint.assignHandler("mw.bakker", day(1), "sis.lead"), "handler-involved", "handlerId");
        assertRule(() -> complaint.assignHandler("h.smit", day(1), "sis.lead"), "handler-involved", "handlerId");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(complaint.handlerId()).isNull();
    }

    @Test
    void aReassignmentNamesThePreviousHandler() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CONTACTED);

        List<ComplaintEvent> events = complaint.assignHandler("h.smit", day(5), "sis.lead");

        assertThat(events).containsExactly(new HandlerAssigned("h.smit", "h.devries", date(5)));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CONTACTED);
        assertThat(complaint.timeline()).last().extracting(TimelineEntry::detail).isEqualTo("h.devries -> h.smit");
        assertRule(() -> complaint.assignHandler("h.smit", day(5), "sis.lead"), "already-handler", "handlerId");
    }

    @Test
    void aContactAfterTheDeadlineIsRecordedAsLate() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.HANDLER_ASSIGNED);

        List<ComplaintEvent> events = complaint.recordContact(date(10), Channel.PHONE, "Gebeld", day(10), HANDLER);

        assertThat(events).containsExactly(new CitizenContacted(date(10), Channel.PHONE, false));
        assertThat(complaint.contact().withinDeadline()).isFalse();
    }

    @Test
    void refusesDatesInTheFutureOrBeforeReceipt() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.HANDLER_ASSIGNED);

        assertRule(() -> complaint.recordContact(date(4), Channel.PHONE, "Gebeld", day(3), HANDLER), "date-in-future",
                "contactedOn");
        assertRule(() -> complaint.recordContact(date(-1), Channel.PHONE, "Gebeld", day(3), HANDLER),
                "date-before-receipt", "contactedOn");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.HANDLER_ASSIGNED);
    }

    @Test
    void asksForMissingDetailsOnlyWhenSomethingIsMissing() {
        Complaint incomplete = aComplaint().from(new Complainant("Fenna Fictief", null, null, null)).registered();

        assertThat(incomplete.requestMissingDetails(day(0), HANDLER))
                .containsExactly(new MissingDetailsRequested(date(0), List.of("address")));
        assertThat(incomplete.requestMissingDetails(day(2), HANDLER)).as("asking again is fine").hasSize(1);
        assertRule(() -> aComplaint().registered().requestMissingDetails(day(0), HANDLER), "nothing-missing", null);
    }

    @Test
    void eachRouteAnnouncesItselfWithItsOwnEvent() {
        Complaint standard = aComplaint().about(Category.INFORMATIEVOORZIENING).walkedTo(ComplaintStatus.CONTACTED);
        Complaint bejegening = aComplaint().about(Category.ERVAREN_DISCRIMINATIE).walkedTo(ComplaintStatus.CONTACTED);

        assertThat(standard.startRoute(day(4), HANDLER))
                .containsExactly(new StandardRouteStarted("Activering", "Activering Noord"));
        assertThat(bejegening.startRoute(day(4), HANDLER))
                .containsExactly(new BejegeningRouteStarted("Activering", "Activering Noord"));
        assertThat(standard.timeline()).last().extracting(TimelineEntry::kind)
                .isEqualTo(TimelineEntry.Kind.STANDARD_ROUTE_STARTED);
        assertThat(bejegening.timeline()).last().extracting(TimelineEntry::kind)
                .isEqualTo(TimelineEntry.Kind.BEJEGENING_ROUTE_STARTED);
    }

    @Test
    void aHearingInTheStandardRouteIsPublishedWithoutItsRecord() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.IN_INVESTIGATION);

        List<ComplaintEvent> events = complaint.recordHearing(HearingParty.EMPLOYEE, date(5),
                "Medewerker gaf de eigen lezing", day(6), HANDLER);

        assertThat(events).containsExactly(new HearingRecorded(HearingParty.EMPLOYEE, date(5)));
        assertThat(complaint.hearings()).last().satisfies(h -> {
            assertThat(h.record()).isEqualTo("Medewerker gaf de eigen lezing");
            assertThat(h.source()).isEqualTo(Hearing.Source.HANDLER);
        });
        assertThat(complaint.timeline()).last().extracting(TimelineEntry::detail).isEqualTo("EMPLOYEE 2026-04-29");
    }

    @Test
    void theFindingsReportIsRequestedAfterContactAndRecordedWhenOpened() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.IN_INVESTIGATION);

        List<ComplaintEvent> events = complaint.requestFindingsReport(day(5), HANDLER);
        complaint.recordFindingsReportOpened(REPORT_ID, "tm.jansen", date(19), day(5));

        assertThat(events).singleElement().isInstanceOfSatisfying(FindingsReportRequested.class, requested -> {
            assertThat(requested.requestedOn()).isEqualTo(date(5));
            assertThat(requested.employeeRefs()).containsExactly(ComplaintBuilder.PSEUDONYMS.pseudonym("employee",
                    "mw.bakker"));
        });
        assertThat(complaint.findingsReportId()).isEqualTo(REPORT_ID);
        assertThat(complaint.teammanagerId()).isEqualTo("tm.jansen");
        assertThat(complaint.findingsReport().dueOn()).isEqualTo(date(19));
        assertThatThrownBy(() -> complaint.recordFindingsReportOpened("R-OTHER", "tm.jansen", date(19), day(5)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("on report " + REPORT_ID);
    }

    @Test
    void aReturnedReportGoesBackToTheTeammanagerAndAcceptanceAllowsClosure() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.FINDINGS_REPORT_SUBMITTED);

        complaint.recordFindingsReportReturned(REPORT_ID, date(11), day(11));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_FINDINGS_REPORT);
        complaint.recordFindingsReportSubmitted(REPORT_ID, date(12), day(12));
        complaint.recordFindingsReportAccepted(REPORT_ID, date(13), day(13));
        complaint.informEmployee(null, day(13), HANDLER);
        complaint.close(Judgement.GEGROND, "Bevindingen", "Conclusies", List.of(), WEEKEND_ONLY_DEADLINES, day(14),
                HANDLER);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.timeline()).extracting(TimelineEntry::kind).containsSubsequence(
                TimelineEntry.Kind.FINDINGS_REPORT_SUBMITTED, TimelineEntry.Kind.FINDINGS_REPORT_RETURNED,
                TimelineEntry.Kind.FINDINGS_REPORT_SUBMITTED, TimelineEntry.Kind.FINDINGS_REPORT_ACCEPTED,
                TimelineEntry.Kind.CLOSED);
    }

    @Test
    void aReSentFindingsFactChangesNothing() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.FINDINGS_REPORT_ACCEPTED);
        Complaint.Snapshot before = complaint.snapshot();

        complaint.recordFindingsReportOpened(REPORT_ID, "tm.jansen", date(19), day(20));
        complaint.recordFindingsHearing(REPORT_ID, HearingParty.CITIZEN, date(6), day(20));
        complaint.recordFindingsReportAccepted(REPORT_ID, date(12), day(20));

        assertThat(complaint.snapshot()).isEqualTo(before);
    }

    @Test
    void rejectsClosingWithoutHearingRecordOrWaiver() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.IN_INVESTIGATION);
        complaint.informEmployee(null, day(5), HANDLER);

        assertRule(() -> close(complaint), "hearing-required", null);
        complaint.recordHearing(HearingParty.EMPLOYEE, date(5), "Verslag", day(5), HANDLER);
        assertRule(() -> close(complaint), "hearing-required", null);

        complaint.waiveHearing(HearingWaiverGround.NO_RESPONSE_WITHIN_TERM, "Geen reactie", day(6), HANDLER);
        ComplaintClosed closed = (ComplaintClosed) close(complaint).get(0);

        assertThat(closed.hearingHeld()).isFalse();
        assertThat(closed.waiverGround()).isEqualTo(HearingWaiverGround.NO_RESPONSE_WITHIN_TERM);
    }

    @Test
    void aWaiverNeedsNoHearingAlreadyHeld() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.IN_INVESTIGATION);
        complaint.recordHearing(HearingParty.CITIZEN, date(5), "Verslag", day(5), HANDLER);

        assertRule(() -> complaint.waiveHearing(HearingWaiverGround.CITIZEN_DECLINED, null, day(6), HANDLER),
                "hearing-already-held", "ground");
    }

    @Test
    void rejectsClosingBeforeTheEmployeeReceivedACopy() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.IN_INVESTIGATION);
        complaint.recordHearing(HearingParty.CITIZEN, date(5), "Verslag", day(5), HANDLER);

        assertRule(() -> close(complaint), "employee-not-informed", null);
        assertThat(complaint.informEmployee(date(5), day(6), HANDLER)).containsExactly(new EmployeeInformed(date(5)));
        assertThat(close(complaint)).hasSize(1);
    }

    @Test
    void aComplaintWithoutEmployeeConcernedClosesWithoutInforming() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).concerning()
                .walkedTo(ComplaintStatus.IN_INVESTIGATION);
        complaint.recordHearing(HearingParty.CITIZEN, date(5), "Verslag", day(5), HANDLER);

        assertRule(() -> complaint.informEmployee(null, day(5), HANDLER), "no-employee-concerned", null);
        assertThat(close(complaint)).hasSize(1);
    }

    @Test
    void closureRecordsTheOutcomeAndTheOmbudsmanWindowButPublishesNoText() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.FINDINGS_REPORT_ACCEPTED);
        complaint.informEmployee(null, day(13), HANDLER);

        List<ComplaintEvent> events = complaint.close(Judgement.DEELS_GEGROND, "Toon was onvriendelijk",
                "Excuses aangeboden", List.of("Training", "Teamoverleg"), WEEKEND_ONLY_DEADLINES, day(14), HANDLER);

        assertThat(events).containsExactly(new ComplaintClosed(date(14), Judgement.DEELS_GEGROND, 2, true, null, true,
                LocalDate.of(2027, 5, 8)));
        assertThat(complaint.ombudsmanWindowEnd()).isEqualTo(LocalDate.of(2027, 5, 8));
        assertThat(complaint.closure().findings()).isEqualTo("Toon was onvriendelijk");
        assertThat(complaint.nextDeadline()).isNull();
    }

    @Test
    void aClosureRecordedAfterwardsCountsFromTheDayOfTheOutcomeLetter() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.FINDINGS_REPORT_ACCEPTED);
        complaint.informEmployee(null, day(13), HANDLER);

        // Recorded on day 50, after the handling term (Fri 5 Jun); the letter itself went out on day 30.
        assertRule(() -> complaint.close(Judgement.GEGROND, "Bevinding", "Conclusie", List.of(), date(-1),
                WEEKEND_ONLY_DEADLINES, day(50), HANDLER), "date-before-receipt", "closedOn");
        assertRule(() -> complaint.close(Judgement.GEGROND, "Bevinding", "Conclusie", List.of(), date(51),
                WEEKEND_ONLY_DEADLINES, day(50), HANDLER), "date-in-future", "closedOn");
        List<ComplaintEvent> events = complaint.close(Judgement.GEGROND, "Bevinding", "Conclusie", List.of(),
                date(30), WEEKEND_ONLY_DEADLINES, day(50), HANDLER);

        assertThat(events).containsExactly(new ComplaintClosed(date(30), Judgement.GEGROND, 0, true, null, true,
                LocalDate.of(2027, 5, 24)));
        assertThat(complaint.closure().closedOn()).isEqualTo(date(30));
    }

    @Test
    void aNoticeOfNotHandlingRecordedAfterwardsMustHaveGoneOutWithinFourWeeks() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.ACKNOWLEDGED);

        assertRule(() -> complaint.decideNotToHandle(NotHandlingGround.OLDER_THAN_ONE_YEAR, null, date(29), day(35),
                HANDLER), "not-handling-notice-too-late", "decidedOn");
        assertThat(complaint.decideNotToHandle(NotHandlingGround.OLDER_THAN_ONE_YEAR, null, date(20), day(35),
                HANDLER)).containsExactly(new ComplaintNotHandled(NotHandlingGround.OLDER_THAN_ONE_YEAR, date(20)));
    }

    @Test
    void anInformalResolutionIsNotBeforeTheCitizenConfirmedIt() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CONTACTED);

        assertRule(() -> complaint.resolveInformally(date(6), Channel.PHONE, null, date(5), day(10), HANDLER),
                "resolved-before-confirmation", "resolvedOn");
        assertThat(complaint.resolveInformally(date(6), Channel.PHONE, null, date(7), day(10), HANDLER))
                .containsExactly(new ComplaintResolvedInformally(date(7)));
    }

    @Test
    void aWaiverRecordedAfterwardsKeepsTheDayOfTheDecision() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.IN_INVESTIGATION);

        assertThat(complaint.waiveHearing(HearingWaiverGround.CITIZEN_DECLINED, "Wil geen gesprek", date(8), day(12),
                HANDLER)).containsExactly(new HearingWaived(HearingWaiverGround.CITIZEN_DECLINED, date(8)));
    }

    @Test
    void theFirstPostponementIsAtMostFourWeeksWithNoticesAndLengthensTheTermFromReceipt() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.IN_INVESTIGATION);

        assertRule(() -> postpone(complaint, 5, date(7), date(7), null), "postponement-too-long", "weeks");
        assertRule(() -> postpone(complaint, 4, null, date(7), null), "postponement-notice-missing",
                "citizenNotifiedOn");
        assertRule(() -> postpone(complaint, 4, date(7), null, null), "postponement-notice-missing",
                "employeeNotifiedOn");
        List<ComplaintEvent> events = postpone(complaint, 4, date(7), date(7), null);

        // 6 + 4 weeks from Fri 24 Apr 2026: Fri 3 Jul 2026.
        assertThat(events).containsExactly(new HandlingDeadlineExtended(LocalDate.of(2026, 6, 5),
                LocalDate.of(2026, 7, 3), 4, false));
        assertThat(complaint.handlingDeadline()).isEqualTo(LocalDate.of(2026, 7, 3));
    }

    @Test
    void aFurtherDelayNeedsTheCitizensConsent() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.IN_INVESTIGATION);
        postpone(complaint, 2, date(7), date(7), null);

        assertRule(() -> postpone(complaint, 2, date(8), date(8), null), "citizen-consent-missing",
                "citizenConsentOn");
        List<ComplaintEvent> events = postpone(complaint, 3, null, null, date(8));

        // 6 + 2 + 3 weeks from Fri 24 Apr 2026: Fri 10 Jul 2026.
        assertThat(events).containsExactly(new HandlingDeadlineExtended(LocalDate.of(2026, 6, 19),
                LocalDate.of(2026, 7, 10), 3, true));
        assertThat(complaint.postponements()).extracting(Postponement::withCitizenConsent).containsExactly(false, true);
    }

    @Test
    void aTermThatEndedCannotBePostponedAnyMore() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.IN_INVESTIGATION);

        // Day 43 is Sat 6 Jun 2026, the day after the handling deadline.
        assertRule(() -> complaint.postpone(new Complaint.PostponementRequest(2, date(43), date(43), null),
                WEEKEND_ONLY_DEADLINES, day(43), HANDLER), "postponement-too-late", null);
    }

    @Test
    void notHandlingIsDecidedWithinFourWeeksOfReceipt() {
        Complaint inTime = aComplaint().walkedTo(ComplaintStatus.ACKNOWLEDGED);
        Complaint late = aComplaint().walkedTo(ComplaintStatus.ACKNOWLEDGED);

        // Fri 22 May 2026 is the last day (4 weeks after receipt).
        assertThat(inTime.decideNotToHandle(NotHandlingGround.OLDER_THAN_ONE_YEAR, null, day(28), HANDLER)).hasSize(1);
        assertRule(() -> late.decideNotToHandle(NotHandlingGround.OLDER_THAN_ONE_YEAR, null, day(29), HANDLER),
                "not-handling-notice-too-late", null);
    }

    @Test
    void anOpenComplaintGoesToTheOmbudsmanOnlyAfterItsHandlingTerm() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.IN_INVESTIGATION);

        assertRule(() -> complaint.referToOmbudsman(day(42), HANDLER), "not-overdue", null);
        assertThat(complaint.referToOmbudsman(day(43), HANDLER))
                .containsExactly(new OmbudsmanReferralMade(date(43), true));
    }

    @Test
    void aClosedComplaintIsReferredAsNotAfterAMissedDeadline() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CLOSED);

        assertThat(complaint.referToOmbudsman(day(20), HANDLER))
                .containsExactly(new OmbudsmanReferralMade(date(20), false));
        assertThat(complaint.ombudsmanReferral().afterMissedDeadline()).isFalse();
    }

    @Test
    void aCitizenWhoAsksForTheOmbudsmanInTheirFeedbackIsReferredAtOnceAndOnlyOnce() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CLOSED);

        List<ComplaintEvent> events = complaint.recordCitizenFeedback("F-0123456789abcdef", 1, RespectAnswer.NO, 1,
                FeedbackWish.OMBUDSMAN, false, day(22));

        assertThat(events).containsExactly(new OmbudsmanReferralMade(date(22), false));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REFERRED_TO_OMBUDSMAN);
        assertThat(complaint.ombudsmanReferral().referredBy()).isEqualTo(Complaint.CITIZEN_FEEDBACK);
        assertThat(complaint.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.CITIZEN_FEEDBACK)
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("satisfaction 1/5")
                        .contains("wish OMBUDSMAN").endsWith("(F-0123456789abcdef)"));

        assertThat(complaint.recordCitizenFeedback("F-0123456789abcdef", 1, RespectAnswer.NO, 1,
                FeedbackWish.OMBUDSMAN, false, day(23))).as("the same answer again").isEmpty();
        assertThat(complaint.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.CITIZEN_FEEDBACK).hasSize(1);
    }

    @Test
    void feedbackOnAComplaintTheHandlerReopenedMeanwhileIsOnlyRecorded() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CLOSED);
        complaint.reopen("Burger belde, nieuwe feiten", day(21), HANDLER);
        ComplaintStatus reopenedAs = complaint.status();

        assertThat(complaint.recordCitizenFeedback("F-fedcba9876543210", 2, RespectAnswer.PARTLY, 3,
                FeedbackWish.OMBUDSMAN, false, day(22))).isEmpty();
        assertThat(complaint.status()).isEqualTo(reopenedAs);
        assertThat(complaint.recordCitizenFeedback("F-0000000000000000", 5, RespectAnswer.YES, 5,
                FeedbackWish.NONE, true, day(23))).isEmpty();
        assertThat(complaint.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.CITIZEN_FEEDBACK)
                .extracting(TimelineEntry::detail).anySatisfy(d -> assertThat(d).contains("no further contact"));
    }

    @Test
    void aCitizenWhoOptedOutCanAskToHearAgainAndTheHandlerRecordsIt() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CLOSED);
        assertRule(() -> complaint.resumeContact(null, Channel.PHONE, day(22), HANDLER), "no-opt-out", null);
        complaint.recordCitizenFeedback("F-1111222233334444", 2, RespectAnswer.PARTLY, 2, FeedbackWish.NONE, true,
                day(22));
        assertThat(complaint.citizenWantsNoContact()).isTrue();

        assertRule(() -> complaint.resumeContact(date(21), Channel.PHONE, day(25), HANDLER), "date-before-opt-out",
                "askedOn");
        assertRule(() -> complaint.resumeContact(date(26), Channel.PHONE, day(25), HANDLER), "date-in-future",
                "askedOn");
        List<ComplaintEvent> events = complaint.resumeContact(date(24), Channel.COUNTER, day(25), HANDLER);

        assertThat(events).containsExactly(new CitizenContactResumed("F-1111222233334444", date(24), Channel.COUNTER));
        assertThat(complaint.citizenWantsNoContact()).isFalse();
        assertThat(complaint.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.CONTACT_RESUMED)
                .singleElement().satisfies(e -> assertThat(e.by()).isEqualTo(HANDLER));
        assertRule(() -> complaint.resumeContact(null, Channel.PHONE, day(26), HANDLER), "no-opt-out", null);

        // A later answer (after a reopening and a new closure) may opt out again.
        complaint.recordCitizenFeedback("F-5555666677778888", 1, RespectAnswer.NO, 1, FeedbackWish.NONE, true,
                day(40));
        assertThat(complaint.citizenWantsNoContact()).isTrue();
    }

    @Test
    void reopeningIsARecordedDecisionThatReturnsToWhereTheComplaintWas() {
        Complaint complaint = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.REFERRED_TO_OMBUDSMAN);

        List<ComplaintEvent> events = complaint.reopen("Ombudsman adviseert heroverweging", day(30), "sis.lead");

        assertThat(events).containsExactly(new ComplaintReopened(date(30)));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_INVESTIGATION);
        assertThat(complaint.closure()).isNull();
        assertThat(complaint.ombudsmanReferral()).isNull();
        assertThat(complaint.ombudsmanWindowEnd()).isNull();
        assertThat(complaint.reopenings()).singleElement().satisfies(r -> {
            assertThat(r.endedAs()).isEqualTo(ComplaintStatus.REFERRED_TO_OMBUDSMAN);
            assertThat(r.decidedBy()).isEqualTo("sis.lead");
        });
        assertThat(complaint.timeline()).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.CLOSED,
                TimelineEntry.Kind.REFERRED_TO_OMBUDSMAN, TimelineEntry.Kind.REOPENED);
        assertThat(close(complaint)).as("it can be closed again").hasSize(1);
    }

    @Test
    void aDeadlineIsRemindedOnItsReminderDayAndEscalatedTheDayAfterItOnce() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.HANDLER_ASSIGNED);
        LocalDate contactDeadline = LocalDate.of(2026, 5, 1);

        assertThat(check(complaint, LocalDate.of(2026, 4, 29))).isEmpty();
        assertThat(check(complaint, LocalDate.of(2026, 4, 30))).singleElement().isEqualTo(
                new DeadlineApproaching(DeadlineKind.CONTACT,
                        contactDeadline, "h.devries"));
        assertThat(check(complaint, contactDeadline)).as("once").isEmpty();
        assertThat(check(complaint, LocalDate.of(2026, 5, 2))).singleElement().isEqualTo(
                new DeadlineMissed(DeadlineKind.CONTACT,
                        contactDeadline, "h.devries"));
        assertThat(check(complaint, LocalDate.of(2026, 5, 4))).as("once").isEmpty();
        assertThat(complaint.alertsSent()).containsExactlyInAnyOrder("CONTACT:2026-05-01:APPROACHING",
                "CONTACT:2026-05-01:MISSED");
        assertThat(complaint.deadlinesStillToAlert()).containsExactly(LocalDate.of(2026, 6, 5));
    }

    @Test
    void aContactInTimeIsNeverMissed() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.CONTACTED);

        assertThat(check(complaint, LocalDate.of(2026, 5, 4))).isEmpty();
        assertThat(complaint.watchedDeadlines()).extracting(Complaint.WatchedDeadline::kind)
                .containsExactly(DeadlineKind.HANDLING);
    }

    @Test
    void aPostponedHandlingDeadlineIsWatchedAnew() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.IN_INVESTIGATION);
        assertThat(check(complaint, LocalDate.of(2026, 6, 4))).hasSize(1); // approaching Fri 5 Jun
        postpone(complaint, 2, date(40), date(40), null); // day 40 = Wed 3 Jun

        assertThat(check(complaint, LocalDate.of(2026, 6, 6))).as("the old date is no deadline any more").isEmpty();
        assertThat(check(complaint, LocalDate.of(2026, 6, 18))).singleElement()
                .extracting(e -> ((DeadlineApproaching) e).deadline())
                .isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void theFindingsReportDueDateIsKeptButLeftToFindingsReportToWatch() {
        Complaint complaint = aComplaint().walkedTo(ComplaintStatus.AWAITING_FINDINGS_REPORT);

        assertThat(complaint.findingsReport().dueOn()).isEqualTo(date(19));
        assertThat(complaint.watchedDeadlines()).extracting(Complaint.WatchedDeadline::kind)
                .containsExactly(DeadlineKind.HANDLING);
    }

    @Test
    void everyEventOfBothRoutesMatchesItsSchemaAndHoldsNoPersonalDataOrFreeText() {
        EventCodec codec = new EventCodec();
        for (ComplaintEvent event : eventsOfBothRoutes()) {
            String json = codec.encode(EventEnvelope.first("K-2026-000001", event, "complaint-intake", REGISTERED_AT,
                    UUID.randomUUID()));
            assertThat(EventSchemas.violations(EventCatalog.of(event), json)).as(json).isEmpty();
            assertThat(json).as(json).doesNotContain("Fenna", "Fictief", "fenna.fictief", "Voorbeeldstraat",
                    "020 555 0101", "onvriendelijk", "mw.bakker", "Gebeld", "Verslag", "Bevindingen", "Conclusies",
                    "Training", "Geen reactie", "Ombudsman adviseert");
        }
    }

    private static List<ComplaintEvent> eventsOfBothRoutes() {
        List<ComplaintEvent> events = new ArrayList<>();
        Complaint bejegening = aComplaint().from(new Complainant("Fenna Fictief", null, null, null)).registered();
        events.addAll(bejegening.requestMissingDetails(day(0), HANDLER));
        events.addAll(bejegening.supplyMissingDetails(new Complainant(null, "Voorbeeldstraat 1, 1011 AA Amsterdam",
                "fenna.fictief@example.org", "020 555 0101"), null, date(0), day(0), HANDLER));
        events.addAll(bejegening.acknowledge(null, day(0), HANDLER));
        events.addAll(bejegening.assignHandler("h.devries", day(1), "sis.lead"));
        events.addAll(bejegening.recordContact(date(3), Channel.PHONE, "Gebeld met klager", day(3), HANDLER));
        events.addAll(bejegening.startRoute(day(4), HANDLER));
        events.addAll(bejegening.informEmployee(null, day(4), HANDLER));
        events.addAll(bejegening.requestFindingsReport(day(5), HANDLER));
        events.addAll(bejegening.postpone(new Complaint.PostponementRequest(4, date(5), date(5), null),
                WEEKEND_ONLY_DEADLINES, day(5), HANDLER));
        // Day 75 is Wed 8 Jul 2026, after the postponed handling deadline of Fri 3 Jul.
        events.addAll(bejegening.checkDeadlines(date(75), WEEKEND_ONLY_DEADLINES, 1, day(75)));
        events.addAll(bejegening.withdraw(null, "Geen reactie meer", day(76), HANDLER));
        events.addAll(bejegening.reopen("Ombudsman adviseert heroverweging", day(77), "sis.lead"));
        Complaint standard = aComplaint().about(Category.BEREIKBAARHEID).walkedTo(ComplaintStatus.CONTACTED);
        events.addAll(standard.startRoute(day(4), HANDLER));
        events.addAll(standard.recordHearing(HearingParty.EMPLOYEE, date(5), "Verslag van het gesprek", day(5),
                HANDLER));
        events.addAll(standard.waiveHearing(HearingWaiverGround.CLEARLY_UNFOUNDED, "Geen reactie", day(6), HANDLER));
        events.addAll(standard.informEmployee(null, day(6), HANDLER));
        events.addAll(standard.close(Judgement.ONGEGROND, "Bevindingen", "Conclusies", List.of("Training"),
                WEEKEND_ONLY_DEADLINES, day(7), HANDLER));
        events.addAll(standard.referToOmbudsman(day(8), HANDLER));
        Complaint notHandled = aComplaint().walkedTo(ComplaintStatus.ACKNOWLEDGED);
        events.addAll(notHandled.decideNotToHandle(NotHandlingGround.COURT_PROCEEDINGS, "Verslag", day(2), HANDLER));
        Complaint informal = aComplaint().walkedTo(ComplaintStatus.ACKNOWLEDGED);
        events.addAll(informal.resolveInformally(date(2), Channel.EMAIL, "Gebeld", day(2), HANDLER));
        assertThat(events.stream().map(e -> e.getClass().getSimpleName()).toList()).contains("MissingDetailsRequested",
                "MissingDetailsSupplied", "ComplaintAcknowledged", "HandlerAssigned", "CitizenContacted",
                "BejegeningRouteStarted", "StandardRouteStarted", "HearingRecorded", "EmployeeInformed",
                "FindingsReportRequested",
                "HandlingDeadlineExtended", "DeadlineMissed",
                "ComplaintWithdrawn", "ComplaintReopened", "HearingWaived",
                "ComplaintClosed", "OmbudsmanReferralMade",
                "ComplaintNotHandled",
                "ComplaintResolvedInformally");
        return events;
    }

    private static List<ComplaintEvent> close(Complaint complaint) {
        return complaint.close(Judgement.GEGROND, "Bevindingen", "Conclusies", List.of(), WEEKEND_ONLY_DEADLINES,
                day(20), HANDLER);
    }

    /** Postpones on the latest of the given days (or day 7), as a handler would record it that day. */
    private static List<ComplaintEvent> postpone(Complaint complaint, int weeks, LocalDate citizen, LocalDate employee,
            LocalDate consent) {
        LocalDate on = date(7);
        for (LocalDate given : new LocalDate[] { citizen, employee, consent }) {
            if (given != null && given.isAfter(on)) {
                on = given;
            }
        }
        return complaint.postpone(new Complaint.PostponementRequest(weeks, citizen, employee, consent),
                WEEKEND_ONLY_DEADLINES, day((int) (on.toEpochDay() - date(0).toEpochDay())), HANDLER);
    }

    private static List<ComplaintEvent> check(Complaint complaint, LocalDate today) {
        return complaint.checkDeadlines(today, WEEKEND_ONLY_DEADLINES, 1,
                today.atTime(12, 0).atZone(Complaint.ZONE).toInstant());
    }

    private static void assertRule(Runnable command, String slug, String field) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.slug()).isEqualTo(slug);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
