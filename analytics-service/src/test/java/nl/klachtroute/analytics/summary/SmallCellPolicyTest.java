package nl.klachtroute.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallCellPolicyTest {

    private final SmallCellPolicy policy = new SmallCellPolicy(5);

    @Test
    void showsEveryCellWhenNoTeamCanBeRecognised() {
        assertThat(policy.breakdown(Map.of("PRIVACY", 1L, "OVERIG", 12L), false))
                .containsExactly(Map.entry("OVERIG", Cell.of(12)), Map.entry("PRIVACY", Cell.of(1)));
    }

    @Test
    void hidesCellsOfOneToFourButShowsZeroAndFive() {
        assertThat(policy.breakdown(Map.of("A", 0L, "B", 2L, "C", 3L, "D", 5L, "E", 9L), true))
                .containsExactly(Map.entry("A", Cell.of(0)), Map.entry("B", Cell.hidden()), Map.entry("C", Cell.hidden()),
                        Map.entry("D", Cell.of(5)), Map.entry("E", Cell.of(9)));
    }

    @Test
    void aSingleHiddenCellTakesTheNextSmallestWithItSoItCannotBeDerivedFromTheTotal() {
        assertThat(policy.breakdown(Map.of("BEJEGENING", 3L, "TIJDIGHEID", 6L, "OVERIG", 20L), true))
                .containsEntry("BEJEGENING", Cell.hidden())
                .containsEntry("TIJDIGHEID", Cell.hidden())
                .containsEntry("OVERIG", Cell.of(20));
    }

    @Test
    void hiddenCellsThatTogetherStayBelowTheThresholdTakeMoreWithThem() {
        // Two hidden cells adding up to 2 would both be 1.
        assertThat(policy.breakdown(Map.of("A", 1L, "B", 1L, "C", 7L, "D", 8L), true))
                .containsExactly(Map.entry("A", Cell.hidden()), Map.entry("B", Cell.hidden()),
                        Map.entry("C", Cell.hidden()), Map.entry("D", Cell.of(8)));
    }

    @Test
    void singleNumbersAreHiddenOnlyWhenSmall() {
        assertThat(policy.cell(4, true)).isEqualTo(Cell.hidden());
        assertThat(policy.cell(4, false)).isEqualTo(Cell.of(4));
        assertThat(policy.cell(0, true)).isEqualTo(Cell.of(0));
    }

    @Test
    void contactComplianceIsHiddenWhenAnyOfItsNumbersIsSmall() {
        assertThat(policy.contactKpi(9, 10, true).suppressed()).as("1 not contacted in time").isTrue();
        assertThat(policy.contactKpi(3, 10, true).suppressed()).isTrue();
        assertThat(policy.contactKpi(15, 20, true)).isEqualTo(new ContactKpi(15L, 20L, 0.75, false));
        assertThat(policy.contactKpi(9, 10, false)).isEqualTo(new ContactKpi(9L, 10L, 0.9, false));
        assertThat(policy.contactKpi(0, 0, true).share()).as("nothing due yet").isNull();
    }
}
