package nl.klachtroute.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.Category;
import nl.klachtroute.support.calendar.CalendarProperties;
import nl.klachtroute.support.calendar.DutchWorkingDayCalendar;

/** The demo history looks like a year of WPI complaints, with one team rising at the end. */
class DemoPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DutchWorkingDayCalendar CALENDAR = new DutchWorkingDayCalendar(
            CalendarProperties.KNOWN_DECREE_DAYS);
    private static final List<DemoComplaint> PLAN = new DemoPlan(TODAY, 15, 40, CALENDAR).complaints(2026);

    @Test
    void fifteenMonthsOfAboutFortyComplaintsAMonthArriveOnWorkingDays() {
        assertThat(PLAN).hasSizeBetween(520, 760);
        assertThat(PLAN).allSatisfy(c -> assertThat(CALENDAR.isWorkingDay(c.receivedOn())).isTrue());
        assertThat(PLAN.get(0).receivedOn()).isAfterOrEqualTo(TODAY.minusMonths(15));
        assertThat(PLAN).extracting(DemoComplaint::receivedOn).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void septemberBringsMoreComplaintsThanJuly() {
        Map<Integer, Long> perMonth = PLAN.stream().filter(c -> c.receivedOn().getYear() == 2026)
                .collect(Collectors.groupingBy(c -> c.receivedOn().getMonthValue(), Collectors.counting()));
        assertThat(perMonth.get(9)).isGreaterThan(perMonth.get(7));
    }

    @Test
    void theRisingTeamHasAboutThreeTimesItsUsualComplaintsInTheLastThreeMonths() {
        long recent = PLAN.stream().filter(c -> DemoPlan.RISING_TEAM.equals(c.team()))
                .filter(c -> ChronoUnit.DAYS.between(c.receivedOn(), TODAY) < DemoPlan.RISE_DAYS).count();
        long before = PLAN.stream().filter(c -> DemoPlan.RISING_TEAM.equals(c.team()))
                .filter(c -> ChronoUnit.DAYS.between(c.receivedOn(), TODAY) >= DemoPlan.RISE_DAYS).count();
        double usualPerQuarter = before / 4.0;
        assertThat(recent).isGreaterThan(Math.round(2.2 * usualPerQuarter));
        long conductRecent = PLAN.stream().filter(c -> DemoPlan.RISING_TEAM.equals(c.team()))
                .filter(c -> ChronoUnit.DAYS.between(c.receivedOn(), TODAY) < DemoPlan.RISE_DAYS)
                .filter(c -> c.category() == Category.BEJEGENING || c.category() == Category.ERVAREN_DISCRIMINATIE)
                .count();
        assertThat(conductRecent).as("a cluster of conduct complaints").isGreaterThan(recent / 3);
    }

    @Test
    void someContactsAreLateAndEveryStepLiesBetweenReceiptAndToday() {
        List<DemoComplaint> contacted = PLAN.stream().filter(c -> c.contactedOn() != null).toList();
        double lateShare = contacted.stream().filter(DemoComplaint::contactedLate).count() / (double) contacted.size();
        assertThat(lateShare).isBetween(0.06, 0.25);
        assertThat(contacted).allSatisfy(c -> {
            assertThat(c.contactedOn()).isAfter(c.receivedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(c.contactedLate()).isEqualTo(c.contactedOn().isAfter(CALENDAR.nthWorkingDayAfter(c.receivedOn(), 5)));
        });
        assertThat(PLAN).filteredOn(c -> c.closedOn() != null).allSatisfy(c ->
                assertThat(c.closedOn()).isAfter(c.contactedOn()).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void oldComplaintsHaveEndedAndRecentOnesAreOpenAtEveryStep() {
        assertThat(PLAN).filteredOn(c -> c.ending() == DemoComplaint.Ending.OPEN)
                .allSatisfy(c -> assertThat(ChronoUnit.DAYS.between(c.receivedOn(), TODAY)).isLessThan(70));
        Map<DemoComplaint.Ending, Long> endings = PLAN.stream()
                .collect(Collectors.groupingBy(DemoComplaint::ending, Collectors.counting()));
        assertThat(endings).containsKeys(DemoComplaint.Ending.values());
        assertThat(PLAN).filteredOn(c -> c.ending() == DemoComplaint.Ending.OPEN)
                .extracting(c -> c.steps().isEmpty() ? "registered" : c.steps().get(c.steps().size() - 1).command())
                .contains("registered", "contact", "request-findings-report", "route");
        assertThat(PLAN).anyMatch(DemoComplaint::postponed);
        assertThat(PLAN.stream().filter(c -> c.closedOn() != null && !c.closedInTime()).count())
                .as("some complaints were closed late").isPositive();
    }

    @Test
    void someCitizensComplainMoreThanOnceAndNobodyIsReal() {
        Map<String, Long> perPerson = PLAN.stream().map(c -> c.complainant().name() + "|" + c.complainant().phone())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perPerson.values()).anyMatch(n -> n > 1);
        assertThat(PLAN).allSatisfy(c -> {
            assertThat(c.complainant().email()).satisfiesAnyOf(e -> assertThat(e).isNull(),
                    e -> assertThat(e).endsWith("@example.org"));
            assertThat(c.registration()).contains("\"receivedOn\": \"" + c.receivedOn() + "\"");
            assertThat(c.steps()).allSatisfy(step -> assertThat(step.json()).doesNotContain("%"));
        });
    }

    @Test
    void citizensOfRecentOutcomeMailsAnswerTheSatisfactionCheckAndTheUnhappyOnesGiveTheirHandlersWork() {
        List<DemoComplaint> answering = PLAN.stream().filter(c -> c.feedback() != null).toList();
        assertThat(answering).allSatisfy(c -> {
            assertThat(c.ending()).isEqualTo(DemoComplaint.Ending.CLOSED);
            assertThat(c.complainant().email()).isNotNull();
            assertThat(ChronoUnit.DAYS.between(c.closedOn(), TODAY)).isLessThanOrEqualTo(DemoPlan.FEEDBACK_DAYS);
            assertThat(c.feedback().form()).as("no wish the plan cannot count: the ombudsman")
                    .doesNotContain("ombudsman");
        });
        long recentlyMailed = PLAN.stream().filter(c -> c.ending() == DemoComplaint.Ending.CLOSED
                && c.complainant().email() != null
                && ChronoUnit.DAYS.between(c.closedOn(), TODAY) <= DemoPlan.FEEDBACK_DAYS).count();
        assertThat((double) answering.size() / recentlyMailed).as("more than half answer").isBetween(0.45, 0.75);
        assertThat(answering).as("at least five, so the figures show").hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(c -> c.feedback().unhappy()).anyMatch(c -> !c.feedback().unhappy());
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(new DemoPlan(TODAY, 15, 40, CALENDAR).complaints(2026)).isEqualTo(PLAN);
    }
}
