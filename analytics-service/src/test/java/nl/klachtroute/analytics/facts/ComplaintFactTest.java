package nl.klachtroute.analytics.facts;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HandlerAssigned;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.fixtures.EventFixtures;

class ComplaintFactTest {

    private static final LocalDate FRIDAY_24_APRIL_2026 = LocalDate.of(2026, 4, 24);

    private final ComplaintRegistered registered = aComplaint("K-1").receivedOn(FRIDAY_24_APRIL_2026)
            .in("Inkomen", "Inkomen Zuid").about(Category.ERVAREN_DISCRIMINATIE).via(Channel.COUNTER)
            .byComplainant("cit_aaaaaaaaaaaaaaaaaaaa").concerningEmployees(2).registered();

    private static final ComplaintAnonymised ANONYMISED_2_JUNE_2031 = new ComplaintAnonymised(LocalDate.of(2031, 6, 2),
            LocalDate.of(2026, 6, 1));

    private static ComplaintFact given(ComplaintEvent... events) {
        ComplaintFact fact = ComplaintFact.unknown("K-1");
        for (ComplaintEvent event : events) {
            fact = fact.apply(event);
        }
        return fact;
    }

    @Test
    void registrationKeepsTheDimensionsAndPeriodsButOnlyACountOfEmployees() {
        Registration registration = given(registered).registration();

        assertThat(registration.receivedOn()).isEqualTo(FRIDAY_24_APRIL_2026);
        assertThat(registration.quarter()).isEqualTo("2026-Q2");
        assertThat(registration.month()).isEqualTo("2026-04");
        assertThat(registration.year()).isEqualTo(2026);
        assertThat(registration.department()).isEqualTo("Inkomen");
        assertThat(registration.team()).isEqualTo("Inkomen Zuid");
        assertThat(registration.category()).isEqualTo(Category.ERVAREN_DISCRIMINATIE);
        assertThat(registration.route()).isEqualTo(Route.BEJEGENING);
        assertThat(registration.channel()).isEqualTo(Channel.COUNTER);
        assertThat(registration.complainantRef()).isEqualTo("cit_aaaaaaaaaaaaaaaaaaaa");
        assertThat(registration.employeeCount()).isEqualTo(2);
        assertThat(registration.contactDeadline()).isEqualTo(registered.contactDeadline());
        assertThat(registration.handlingDeadline()).isEqualTo(registered.handlingDeadline());
    }

    @Test
    void theRegistrationsTheseTestsFeedInAreValidByTheContract() {
        var envelope = aComplaint("K-2026-000042").concerningEmployees(3).registeredEnvelope();

        assertThat(EventSchemas.violations(EventCatalog.of(envelope.payload()), new EventCodec().encode(envelope)))
                .isEmpty();
    }

    @Test
    void quartersFollowTheCalendar() {
        assertThat(Periods.quarterOf(LocalDate.of(2026, 1, 1))).isEqualTo("2026-Q1");
        assertThat(Periods.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo("2026-Q1");
        assertThat(Periods.quarterOf(LocalDate.of(2026, 7, 1))).isEqualTo("2026-Q3");
        assertThat(Periods.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo("2026-Q4");
    }

    @Test
    void everyEventAppliedTwiceGivesTheSameFactAsOnce() {
        for (var event : EventFixtures.oneOfEach()) {
            if (event instanceof ComplaintEvent complaintEvent) {
                ComplaintFact once = given(registered, complaintEvent);
                assertThat(once.apply(complaintEvent)).as(event.typeName()).isEqualTo(once);
            }
        }
    }

    @Test
    void recordsTheFirstContactAndWhetherItWasWithinFiveWorkingDays() {
        ComplaintFact fact = given(registered,
                new CitizenContacted(LocalDate.of(2026, 5, 6), Channel.PHONE, false),
                new CitizenContacted(LocalDate.of(2026, 5, 4), Channel.EMAIL, true),
                new CitizenContacted(LocalDate.of(2026, 5, 20), Channel.PHONE, false));

        assertThat(fact.contact()).isEqualTo(new Contact(LocalDate.of(2026, 5, 4), Channel.EMAIL, true));
    }

    @Test
    void closureRecordsJudgementDayAndHandlingTerm() {
        ComplaintFact fact = given(registered, new ComplaintClosed(LocalDate.of(2026, 6, 1), Judgement.GEGROND, 1,
                false, HearingWaiverGround.CITIZEN_DECLINED, true, LocalDate.of(2027, 6, 1)));

        assertThat(fact.ending().kind()).isEqualTo(Ending.Kind.CLOSED);
        assertThat(fact.ending().endedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(fact.ending().judgement()).isEqualTo(Judgement.GEGROND);
        assertThat(fact.ending().withinHandlingDeadline()).isTrue();
        assertThat(fact.ending().hearingHeld()).isFalse();
        assertThat(fact.ending().hearingWaiverGround()).isEqualTo(HearingWaiverGround.CITIZEN_DECLINED);
        assertThat(fact.ending().improvementActions()).isEqualTo(1);
    }

    @Test
    void otherEndingsAreRecordedWithTheirDayAndGround() {
        assertThat(given(registered, new ComplaintWithdrawn(LocalDate.of(2026, 5, 1))).ending())
                .isEqualTo(new Ending(Ending.Kind.WITHDRAWN, LocalDate.of(2026, 5, 1), null, null, null, null, null, null));
        assertThat(given(registered, new ComplaintResolvedInformally(LocalDate.of(2026, 5, 2))).ending().kind())
                .isEqualTo(Ending.Kind.RESOLVED_INFORMALLY);
        Ending notHandled = given(registered,
                new ComplaintNotHandled(NotHandlingGround.ALREADY_HANDLED, LocalDate.of(2026, 5, 3))).ending();
        assertThat(notHandled.kind()).isEqualTo(Ending.Kind.NOT_HANDLED);
        assertThat(notHandled.notHandlingGround()).isEqualTo(NotHandlingGround.ALREADY_HANDLED);
    }

    @Test
    void reopeningClearsTheEndingButKeepsTheHistory() {
        ComplaintFact fact = given(registered, new CitizenContacted(LocalDate.of(2026, 5, 4), Channel.PHONE, true),
                new ComplaintClosed(LocalDate.of(2026, 6, 1), Judgement.ONGEGROND, 0, true, null, true,
                        LocalDate.of(2027, 6, 1)),
                new ComplaintReopened(LocalDate.of(2026, 6, 10)));

        assertThat(fact.ending()).isNull();
        assertThat(fact.reopenedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(fact.contact()).isNotNull();
    }

    @Test
    void keepsTheFirstReferralTheLatestPostponementAndEveryMissedDeadline() {
        ComplaintFact fact = given(registered,
                new HandlingDeadlineExtended(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 7, 3), 4, false),
                new HandlingDeadlineExtended(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 8, 14), 6, true),
                new DeadlineMissed(DeadlineKind.CONTACT, LocalDate.of(2026, 5, 4), "h.devries"),
                new DeadlineMissed(DeadlineKind.HANDLING, LocalDate.of(2026, 8, 14), "h.devries"),
                new OmbudsmanReferralMade(LocalDate.of(2026, 9, 1), true),
                new OmbudsmanReferralMade(LocalDate.of(2026, 10, 1), false));

        assertThat(fact.postponement()).isEqualTo(new Postponement(LocalDate.of(2026, 8, 14), 6, true));
        assertThat(fact.missedDeadlines()).containsExactlyInAnyOrder(DeadlineKind.CONTACT, DeadlineKind.HANDLING);
        assertThat(fact.ombudsmanReferral()).isEqualTo(new OmbudsmanReferral(LocalDate.of(2026, 9, 1), true));
    }

    @Test
    void aLateRegistrationCompletesAFactWithoutLosingWhatCameBefore() {
        ComplaintFact beforeRegistration = given(new CitizenContacted(LocalDate.of(2026, 5, 4), Channel.PHONE, true));
        assertThat(beforeRegistration.registered()).as("not counted until registered").isFalse();

        ComplaintFact fact = beforeRegistration.apply(registered);

        assertThat(fact.registered()).isTrue();
        assertThat(fact.contact().withinDeadline()).isTrue();
    }

    @Test
    void eventsAnalyticsDoesNotUseLeaveTheFactUnchanged() {
        ComplaintFact fact = given(registered);

        assertThat(fact.apply(new HandlerAssigned("h.devries", null, FRIDAY_24_APRIL_2026))).isSameAs(fact);
        assertThat(fact.apply(new ComplaintAcknowledged(FRIDAY_24_APRIL_2026)).acknowledgedOn())
                .isEqualTo(FRIDAY_24_APRIL_2026);
        assertThat(fact.missedDeadlines()).isEmpty();
    }

    /** A complaint that went the whole route: every part of the fact is filled in. */
    private ComplaintEvent[] theWholeRoute() {
        return new ComplaintEvent[] { registered, new ComplaintAcknowledged(LocalDate.of(2026, 4, 27)),
            new CitizenContacted(LocalDate.of(2026, 4, 28), Channel.PHONE, true),
            new HandlingDeadlineExtended(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 7, 3), 4, false),
            new DeadlineMissed(DeadlineKind.CONTACT, LocalDate.of(2026, 5, 1), "h.devries"),
            new ComplaintClosed(LocalDate.of(2026, 6, 1), Judgement.GEGROND, 2, true, null, true,
                    LocalDate.of(2027, 6, 1)),
            new OmbudsmanReferralMade(LocalDate.of(2026, 9, 1), false) };
    }

    @Test
    void anonymisationErasesTheComplainantsPseudonymAndKeepsEveryCountedDimension() {
        ComplaintFact kept = given(theWholeRoute());

        ComplaintFact anonymised = kept.apply(ANONYMISED_2_JUNE_2031);

        assertThat(anonymised.registration().complainantRef()).isNull();
        assertThat(anonymised.anonymised()).isTrue();
        assertThat(anonymised.anonymisedOn()).isEqualTo(LocalDate.of(2031, 6, 2));
        assertThat(anonymised.registered()).as("still counted").isTrue();
        assertThat(anonymised).usingRecursiveComparison()
                .ignoringFields("registration.complainantRef", "anonymisedOn").isEqualTo(kept);
        assertThat(anonymised.formal()).isEqualTo(kept.formal());
        assertThat(anonymised.route()).isEqualTo(kept.route());
        assertThat(kept.anonymised()).isFalse();
    }

    @Test
    void anonymisingAgainChangesNothing() {
        ComplaintFact anonymised = given(registered, ANONYMISED_2_JUNE_2031);

        assertThat(anonymised.apply(ANONYMISED_2_JUNE_2031)).isSameAs(anonymised);
        assertThat(anonymised.apply(new ComplaintAnonymised(LocalDate.of(2031, 7, 1), LocalDate.of(2026, 6, 1))))
                .as("a later run of the retention job").isSameAs(anonymised);
        assertThat(given(registered, new ComplaintAnonymised(LocalDate.of(2031, 7, 1), LocalDate.of(2026, 6, 1)),
                ANONYMISED_2_JUNE_2031)).as("the first anonymisation counts, in any order").isEqualTo(anonymised);
    }

    @Test
    void aRegistrationAppliedAfterTheAnonymisationDoesNotBringThePseudonymBack() {
        ComplaintFact replayed = given(registered, ANONYMISED_2_JUNE_2031).apply(registered);
        ComplaintFact registeredLate = given(ANONYMISED_2_JUNE_2031, registered);

        assertThat(replayed.registration().complainantRef()).isNull();
        assertThat(registeredLate.registration().complainantRef()).isNull();
        assertThat(registeredLate.registered()).isTrue();
        assertThat(registeredLate).isEqualTo(replayed).isEqualTo(given(registered, ANONYMISED_2_JUNE_2031));
    }

    @Test
    void theAnonymisedFactDoesNotDependOnWhereInTheRouteTheAnonymisationArrives() {
        ComplaintEvent[] route = theWholeRoute();
        ComplaintFact anonymisedLast = given(route).apply(ANONYMISED_2_JUNE_2031);

        ComplaintFact anonymisedFirst = given(ANONYMISED_2_JUNE_2031);
        for (ComplaintEvent event : route) {
            anonymisedFirst = anonymisedFirst.apply(event);
        }

        assertThat(anonymisedFirst).isEqualTo(anonymisedLast);
    }
}
