package nl.klachtroute.analytics.cube;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.ReadModels;
import nl.klachtroute.analytics.facts.FactProjector;
import nl.klachtroute.analytics.facts.RepeatFlags;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintReopened;

/** The cube follows every change of a fact, event by event, and the repeat flags follow the other complaints. */
class CubeProjectionTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);
    private final ReadModels models = new ReadModels();
    private final FactProjector projector = models.projector();

    /** The sum of the cells of the view over whole years. */
    private Tally total(View view) {
        Tally total = new Tally();
        models.cube().cells().forEach((cell, tally) -> {
            if (cell.view() == view && cell.bucket().level() == Level.YEAR) {
                total.add(tally, 1);
            }
        });
        return total;
    }

    private Map<String, Long> receivedBy(View view, Dimension dimension) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        models.cube().cells().forEach((cell, tally) -> {
            if (cell.view() == view && cell.bucket().level() == Level.MONTH) {
                counts.merge(cell.value(dimension), tally.get(Tally.RECEIVED), Long::sum);
            }
        });
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private RepeatFlags flagsOf(String complaintId) {
        return models.facts().find(complaintId).orElseThrow().repeats();
    }

    @Test
    void aComplaintRegisteredAgainWithAnotherCategoryMovesToItsCells() {
        projector.project("K-1", aComplaint("K-1").about(Category.PRIVACY).receivedOn(MARCH).registered());
        projector.project("K-1", aComplaint("K-1").about(Category.BEJEGENING).receivedOn(MARCH.plusDays(1)).registered());

        assertThat(receivedBy(View.CATEGORY, Dimension.CATEGORY)).containsExactly(Map.entry("BEJEGENING", 1L));
        assertThat(receivedBy(View.TEAM_CATEGORY, Dimension.CATEGORY)).containsExactly(Map.entry("BEJEGENING", 1L));
        for (View view : View.byReceipt()) {
            assertThat(total(view).get(Tally.RECEIVED)).as(view.name()).isEqualTo(1);
        }
        assertThat(models.cube().cells().keySet()).noneMatch(cell -> cell.bucket().start().equals(MARCH));
    }

    @Test
    void anEndingThatIsReplacedTakesItsCountsAlong() {
        projector.project("K-1", aComplaint("K-1").receivedOn(MARCH).registered());
        projector.project("K-1", new ComplaintClosed(MARCH.plusDays(30), Judgement.GEGROND, 2, true, null, true,
                MARCH.plusYears(1)));
        projector.project("K-1", new ComplaintReopened(MARCH.plusDays(40)));
        projector.project("K-1", new ComplaintNotHandled(NotHandlingGround.ALREADY_HANDLED, MARCH.plusDays(50)));

        Tally total = total(View.ALL);
        assertThat(total.breakdown(Tally.ENDINGS)).containsExactly(Map.entry("NOT_HANDLED", 1L));
        assertThat(total.breakdown(Tally.NOT_HANDLED)).containsExactly(Map.entry("ALREADY_HANDLED", 1L));
        assertThat(total.get(Tally.CLOSED)).isZero();
        assertThat(total.get(Tally.ACTIONS)).isZero();
        assertThat(total.get(Tally.HEARD)).isZero();
        assertThat(total.breakdown(Tally.LEAD_TIME_DAYS)).isEmpty();
        assertThat(total.breakdown(Tally.JUDGEMENTS)).isEmpty();
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        projector.project("K-1", aComplaint("K-1").receivedOn(MARCH).registered());
        CitizenContacted contacted = new CitizenContacted(MARCH.plusDays(2), Channel.PHONE, true);
        projector.project("K-1", contacted);
        projector.project("K-1", contacted);

        assertThat(total(View.ALL).get(Tally.CONTACTED_IN_TIME)).isEqualTo(1);
        assertThat(total(View.ALL).breakdown(Tally.UNCONTACTED_BY_DEADLINE)).as("contacted, so no longer waiting")
                .isEmpty();
    }

    @Test
    void anEarlierComplaintArrivingLateMakesTheLaterOneARepeat() {
        projector.project("K-2", aComplaint("K-2").in("Werk", "Werk Oost").about(Category.PRIVACY)
                .byComplainant("cit_a").receivedOn(MARCH).registered());
        assertThat(flagsOf("K-2")).isEqualTo(RepeatFlags.NONE);

        projector.project("K-1", aComplaint("K-1").in("Werk", "Werk Oost").about(Category.PRIVACY)
                .byComplainant("cit_a").receivedOn(MARCH.minusMonths(11)).registered());

        assertThat(flagsOf("K-1")).isEqualTo(RepeatFlags.NONE);
        assertThat(flagsOf("K-2")).isEqualTo(new RepeatFlags(true, true));
        assertThat(total(View.ALL).get(Tally.REPEAT)).isEqualTo(1);
        assertThat(total(View.ALL).get(Tally.REPEAT_BY_COMPLAINANT)).isEqualTo(1);
        assertThat(total(View.ALL).get(Tally.REPEAT_BY_TEAM_AND_CATEGORY)).isEqualTo(1);
    }

    @Test
    void anonymisingTheEarlierComplaintEndsOnlyTheRepeatBySameComplainant() {
        projector.project("K-1", aComplaint("K-1").byComplainant("cit_a").receivedOn(MARCH).registered());
        projector.project("K-2", aComplaint("K-2").byComplainant("cit_a").receivedOn(MARCH.plusDays(3)).registered());
        assertThat(flagsOf("K-2")).isEqualTo(new RepeatFlags(true, true));

        projector.project("K-1", new ComplaintAnonymised(MARCH.plusYears(5), MARCH.plusDays(60)));

        assertThat(flagsOf("K-2")).isEqualTo(new RepeatFlags(false, true));
        assertThat(total(View.ALL).get(Tally.REPEAT_BY_COMPLAINANT)).isZero();
        assertThat(total(View.ALL).get(Tally.REPEAT)).isEqualTo(1);
    }

    @Test
    void twelveMonthsToTheDayIsStillARepeatAndTheSameDayCountsTheLaterIdOnly() {
        projector.project("K-3", aComplaint("K-3").byComplainant("cit_b").receivedOn(LocalDate.of(2027, 4, 1))
                .about(Category.PRIVACY).registered());
        projector.project("K-2", aComplaint("K-2").byComplainant("cit_b").receivedOn(LocalDate.of(2026, 3, 31))
                .about(Category.FINANCIEEL).registered());
        projector.project("K-1", aComplaint("K-1").byComplainant("cit_b").receivedOn(LocalDate.of(2025, 3, 31))
                .about(Category.OVERIG).registered());
        projector.project("K-0", aComplaint("K-0").byComplainant("cit_c").receivedOn(LocalDate.of(2025, 3, 31))
                .about(Category.OVERIG).registered());

        assertThat(flagsOf("K-2").bySameComplainant()).as("31 March 2025 to 31 March 2026").isTrue();
        assertThat(flagsOf("K-3").bySameComplainant()).as("a day more than 12 months").isFalse();
        assertThat(flagsOf("K-0").bySameTeamAndCategory()).isFalse();
        assertThat(flagsOf("K-1").bySameTeamAndCategory()).as("same day, later id").isTrue();
    }
}
