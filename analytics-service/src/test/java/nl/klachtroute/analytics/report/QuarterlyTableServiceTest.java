package nl.klachtroute.analytics.report;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.ReadModels;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.support.problem.RuleViolationException;

/** The ombudsman-style table: per department per quarter, totals, change versus the previous quarter. */
class QuarterlyTableServiceTest {

    private final List<ComplaintFact> stored = new ArrayList<>();
    private int next;

    /** The table as the cube gives it, the facts given so far stored through the projection's steps. */
    private QuarterlyTableService service() {
        return new QuarterlyTableService(ReadModels.of(stored).cube());
    }

    /** {@code count} complaints about the department received on the day, the first {@code referred} referred. */
    void received(String department, LocalDate on, int count, LocalDate referredOn, int referred) {
        for (int i = 0; i < count; i++) {
            ComplaintFact fact = ComplaintFact.unknown("K-" + ++next)
                    .apply(aComplaint("K-" + next).in(department, department + " 1").receivedOn(on).registered());
            if (i < referred) {
                fact = fact.apply(new OmbudsmanReferralMade(referredOn, false));
            }
            stored.add(fact);
        }
    }

    @Test
    void countsPerDepartmentPerQuarterWithTotalsAndChangeVersusThePreviousQuarter() {
        received("Activering", LocalDate.of(2025, 12, 1), 4, null, 0);
        received("Activering", LocalDate.of(2026, 2, 1), 1, null, 0);
        received("Inkomen", LocalDate.of(2026, 1, 15), 10, LocalDate.of(2026, 4, 2), 3);
        received("Inkomen", LocalDate.of(2026, 4, 20), 12, null, 0);
        received("Werk", LocalDate.of(2026, 7, 1), 2, null, 0);

        QuarterlyTable table = service().table(Quarter.parse("2026-Q1", "from"), Quarter.parse("2026-Q2", "to"));

        assertThat(table.quarters()).extracting(Quarter::toString).containsExactly("2026-Q1", "2026-Q2");
        assertThat(table.departments()).extracting(QuarterlyTable.Line::department)
                .as("Werk only has complaints after the table").containsExactly("Activering", "Inkomen");
        QuarterlyTable.Line activering = table.departments().get(0);
        assertThat(activering.complaints()).extracting(f -> f.count() + "/" + f.change() + "/" + f.trend())
                .containsExactly("1/-3/daling", "0/-1/daling");
        QuarterlyTable.Line inkomen = table.departments().get(1);
        assertThat(inkomen.complaints()).extracting(f -> f.count() + "/" + f.change() + "/" + f.trend())
                .containsExactly("10/10/stijging", "12/2/stijging");
        assertThat(inkomen.ombudsmanReferrals()).extracting(f -> f.count() + "/" + f.change())
                .as("counted in the quarter of the referral").containsExactly("0/0", "3/3");
        assertThat(inkomen.complaintsTotal()).isEqualTo(22);
        assertThat(table.total().department()).isEqualTo("Totaal");
        assertThat(table.total().complaints()).extracting(f -> f.count() + "/" + f.previous() + "/" + f.change())
                .containsExactly("11/4/7", "12/11/1");
        assertThat(table.total().complaintsTotal()).isEqualTo(23);
        assertThat(table.total().ombudsmanReferralsTotal()).isEqualTo(3);
    }

    @Test
    void quartersAreLabelledAndNamedAsTheOmbudsmanDoes() {
        Quarter q4 = Quarter.parse("2017-Q4", "to");
        assertThat(q4.dutchName()).isEqualTo("4e kwartaal 2017");
        assertThat(q4.next()).hasToString("2018-Q1");
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThatThrownBy(() -> Quarter.parse("2017-Q5", "to")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service().table(Quarter.parse("2026-Q2", "from"), Quarter.parse("2026-Q1", "to")))
                .isInstanceOf(RuleViolationException.class);
    }
}
