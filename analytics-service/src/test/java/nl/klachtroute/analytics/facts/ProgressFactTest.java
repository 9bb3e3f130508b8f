package nl.klachtroute.analytics.facts;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.HearingWaived;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.events.findings.HearingHeld;

/** The newer route events: formalisation, route taken, hearings held and waived. */
class ProgressFactTest {

    private static final LocalDate MONDAY_4_MAY_2026 = LocalDate.of(2026, 5, 4);

    private static ComplaintFact given(DomainEvent... events) {
        ComplaintFact fact = ComplaintFact.unknown("K-7");
        for (DomainEvent event : events) {
            fact = fact.apply(event);
        }
        return fact;
    }

    @Test
    void anInformalComplaintBecomesFormalWhenTheMissingDetailsAreSupplied() {
        var registered = aComplaint("K-7").informal().registered();
        assertThat(given(registered).formal()).isFalse();
        ComplaintFact supplied = given(registered,
                new MissingDetailsSupplied(MONDAY_4_MAY_2026, true, List.of()));
        assertThat(supplied.formal()).isTrue();
        assertThat(supplied.progress().formalSince()).isEqualTo(MONDAY_4_MAY_2026);
        assertThat(given(registered, new MissingDetailsSupplied(MONDAY_4_MAY_2026, false, List.of("address"))).formal())
                .isFalse();
    }

    @Test
    void theRouteStartedWinsOverTheRouteTheCategoryImplies() {
        var registered = aComplaint("K-7").about(Category.PRIVACY).registered();
        assertThat(given(registered).route()).isEqualTo(Route.STANDARD);
        assertThat(given(registered, new BejegeningRouteStarted("Werk", "Werk Oost")).route()).isEqualTo(Route.BEJEGENING);
        assertThat(given(registered, new StandardRouteStarted("Werk", "Werk Oost")).route()).isEqualTo(Route.STANDARD);
    }

    @Test
    void hearingsFromBothTopicsAreASetSoARedeliveryOrBothRecordsCountOnce() {
        HearingRecorded recorded = new HearingRecorded(HearingParty.CITIZEN, MONDAY_4_MAY_2026);
        HearingHeld held = new HearingHeld("RvB-1", HearingParty.CITIZEN, MONDAY_4_MAY_2026, 1);
        ComplaintFact once = given(aComplaint("K-7").registered(), recorded);
        assertThat(once.apply(recorded)).isSameAs(once);
        assertThat(once.apply(held)).isSameAs(once);
        assertThat(once.apply(new HearingHeld("RvB-1", HearingParty.EMPLOYEE, MONDAY_4_MAY_2026, 0)).progress().heard())
                .isEqualTo(Set.of(HearingParty.CITIZEN, HearingParty.EMPLOYEE));
    }

    @Test
    void aWaivedHearingKeepsItsGround() {
        ComplaintFact fact = given(aComplaint("K-7").registered(),
                new HearingWaived(HearingWaiverGround.NO_RESPONSE_WITHIN_TERM, MONDAY_4_MAY_2026));
        assertThat(fact.progress().waiverGround()).isEqualTo(HearingWaiverGround.NO_RESPONSE_WITHIN_TERM);
        assertThat(fact.progress().heard()).isEmpty();
    }

    @Test
    void progressThatArrivesBeforeTheRegistrationIsKept() {
        ComplaintFact fact = given(new MissingDetailsSupplied(MONDAY_4_MAY_2026, true, List.of()),
                aComplaint("K-7").informal().registered());
        assertThat(fact.formal()).isTrue();
    }
}
