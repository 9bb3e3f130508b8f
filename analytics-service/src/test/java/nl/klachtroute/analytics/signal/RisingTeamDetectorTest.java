package nl.klachtroute.analytics.signal;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;

class RisingTeamDetectorTest {

    private static final Quarter Q1_2026 = new Quarter(2026, 1);
    private final List<ComplaintFact> facts = new ArrayList<>();
    private final RisingTeamDetector detector = new RisingTeamDetector(5);
    private int next;

    /** Per quarter from 2025-Q1 to 2026-Q1, how many complaints the team received. */
    private void team(String team, int... perQuarter) {
        Quarter quarter = new Quarter(2025, 1);
        for (int count : perQuarter) {
            for (int i = 0; i < count; i++) {
                LocalDate day = quarter.firstDay().plusDays(i % 80);
                facts.add(ComplaintFact.unknown("K-" + ++next)
                        .apply(aComplaint("K-" + next).in("Werk", team).receivedOn(day).registered()));
            }
            quarter = quarter.next();
        }
    }

    @Test
    void aTeamRisingWellAboveItsOwnBaselineGivesExactlyOneSignalWithItsEvidence() {
        team("Werk Oost", 2, 3, 2, 1, 12);
        team("Werk West", 6, 7, 5, 6, 8);

        List<PatternSignalRaised> signals = detector.detect(facts, Q1_2026);

        assertThat(signals).hasSize(1);
        PatternSignalRaised signal = signals.get(0);
        assertThat(signal.kind()).isEqualTo(SignalKind.RISING_ABOVE_BASELINE);
        assertThat(signal.team()).isEqualTo("Werk Oost");
        assertThat(signal.department()).isEqualTo("Werk");
        assertThat(signal.period()).isEqualTo("2026-Q1");
        assertThat(signal.count()).isEqualTo(12);
        assertThat(signal.baseline()).isEqualTo(2.0);
        assertThat(detector.detect(facts, Q1_2026).get(0).signalId()).as("same input, same signal")
                .isEqualTo(signal.signalId());
    }

    @Test
    void aFlatSeriesOrASmallRiseGivesNoSignal() {
        team("Werk Oost", 6, 7, 5, 6, 7);
        team("Werk Zuid", 0, 0, 0, 1, 4);
        assertThat(detector.detect(facts, Q1_2026)).isEmpty();
    }

    @Test
    void thePoissonTailIsExact() {
        assertThat(RisingTeamDetector.poissonTailAtLeast(0, 2.0)).isEqualTo(1.0);
        assertThat(RisingTeamDetector.poissonTailAtLeast(1, 2.0)).isCloseTo(1 - Math.exp(-2), within(1e-12));
    }
}
