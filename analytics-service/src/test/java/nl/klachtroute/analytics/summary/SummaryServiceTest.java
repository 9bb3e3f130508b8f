package nl.klachtroute.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.klachtroute.support.problem.RuleViolationException;

class SummaryServiceTest {

    /** Activering has 12 complaints: 9 bejegening, 3 privacy; 10 due for contact, 8 in time. */
    static final class FixedStatistics implements FactStatistics {
        LocalDate today;

        @Override
        public long count(SummaryFilter filter) {
            return 12;
        }

        @Override
        public Map<String, Long> countBy(Dimension dimension, SummaryFilter filter) {
            return dimension == Dimension.CATEGORY ? Map.of("BEJEGENING", 9L, "PRIVACY", 3L) : Map.of("X", 12L);
        }

        @Override
        public ContactCounts contactCounts(SummaryFilter filter, LocalDate today) {
            this.today = today;
            return new ContactCounts(10, 8);
        }
    }

    private final FixedStatistics statistics = new FixedStatistics();
    // 22:30 UTC on 30 June is already 1 July in Amsterdam.
    private final SummaryService service = new SummaryService(statistics, new SmallCellPolicy(5),
            Clock.fixed(Instant.parse("2026-06-30T22:30:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam"));

    @Test
    void contactDeadlinesAreJudgedByTheDayInAmsterdam() {
        service.summarise(SummaryFilter.everything());

        assertThat(statistics.today).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void suppressesSmallCellsOnlyWhenTheFilterNarrowsToOneDepartment() {
        Summary all = service.summarise(SummaryFilter.everything());
        Summary activering = service.summarise(new SummaryFilter(null, null, "Activering"));

        assertThat(all.suppressionApplied()).isFalse();
        assertThat(all.byCategory()).containsEntry("PRIVACY", Cell.of(3)).containsEntry("BEJEGENING", Cell.of(9));
        assertThat(all.contactedWithin5WorkingDays()).isEqualTo(new ContactKpi(8L, 10L, 0.8, false));
        assertThat(activering.suppressionApplied()).isTrue();
        assertThat(activering.total()).isEqualTo(Cell.of(12));
        assertThat(activering.byCategory()).containsEntry("PRIVACY", Cell.hidden()).containsEntry("BEJEGENING", Cell.hidden());
        assertThat(activering.contactedWithin5WorkingDays().suppressed()).as("2 not contacted in time").isTrue();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new SummaryFilter(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after");
    }
}
