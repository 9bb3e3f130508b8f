package nl.klachtroute.analytics.signal;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.Complaints;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.SignalKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAnonymised;

/** Each kind of pattern signal from a known history (2025-Q1 to 2026-Q1), and none from a flat one. */
class PatternDetectorsTest {

    private static final Quarter Q1_2026 = new Quarter(2026, 1);
    private final List<ComplaintFact> facts = new ArrayList<>();
    private final PatternDetectors detectors = new PatternDetectors(5);
    private int next;

    private void add(Complaints complaint, Boolean contactedInTime) {
        ComplaintFact fact = ComplaintFact.unknown(complaint.id()).apply(complaint.registered());
        if (contactedInTime != null) {
            LocalDate received = complaint.registered().receivedOn();
            fact = fact.apply(new CitizenContacted(received.plusDays(contactedInTime ? 2 : 12), Channel.PHONE,
                    contactedInTime));
        }
        facts.add(fact);
    }

    /** Per quarter from 2025-Q1 to 2026-Q1, this many complaints about the team in that category. */
    private void history(String department, String team, Category category, int... perQuarter) {
        Quarter quarter = new Quarter(2025, 1);
        for (int count : perQuarter) {
            for (int i = 0; i < count; i++) {
                add(aComplaint("K-" + ++next).in(department, team).about(category)
                        .receivedOn(quarter.firstDay().plusDays(i % 80)), null);
            }
            quarter = quarter.next();
        }
    }

    @Test
    void aFlatHistoryGivesNoSignalOfAnyKind() {
        history("Werk", "Werk Oost", Category.BEJEGENING, 6, 7, 5, 6, 7);
        history("Inkomen", "Inkomen Zuid", Category.TIJDIGHEID, 10, 9, 11, 10, 10);

        assertThat(detectors.detect(facts, Q1_2026)).isEmpty();
    }

    @Test
    void aClusterOfConductComplaintsAboutOneTeamIsACluster() {
        history("Werk", "Werk Oost", Category.TIJDIGHEID, 6, 6, 6, 6, 6);
        history("Werk", "Werk Oost", Category.BEJEGENING, 1, 0, 1, 1, 4);
        history("Werk", "Werk Oost", Category.ERVAREN_DISCRIMINATIE, 0, 1, 0, 0, 4);

        List<PatternSignalRaised> signals = detectors.detect(facts, Q1_2026);

        assertThat(signals).filteredOn(s -> s.kind() == SignalKind.CONDUCT_CLUSTER).singleElement().satisfies(s -> {
            assertThat(s.team()).isEqualTo("Werk Oost");
            assertThat(s.count()).isEqualTo(8);
            assertThat(s.baseline()).isEqualTo(1.0);
            assertThat(s.period()).isEqualTo("2026-Q1");
        });
    }

    @Test
    void aCategoryOrDepartmentRisingAboveItsBaselineSignalsWithoutNamingATeam() {
        history("Inkomen", "Inkomen Zuid", Category.PRIVACY, 1, 1, 0, 1, 4);
        history("Inkomen", "Inkomen West", Category.PRIVACY, 0, 1, 1, 0, 4);

        List<PatternSignalRaised> signals = detectors.detect(facts, Q1_2026);

        assertThat(signals).filteredOn(s -> s.category() == Category.PRIVACY).singleElement()
                .satisfies(s -> assertThat(s.team()).isNull());
        assertThat(signals).filteredOn(s -> s.team() == null && "Inkomen".equals(s.department())).hasSize(1);
    }

    @Test
    void citizensComplainingAgainAndAgainAreARepeatSignalForTheDepartmentWithoutTheirPseudonyms() {
        history("Intake", "Intake Centrum", Category.OVERIG, 2, 2, 2, 2, 2);
        for (int citizen = 0; citizen < 5; citizen++) {
            for (int i = 0; i < 3; i++) {
                add(aComplaint("K-R" + citizen + i).in("Intake", "Intake Centrum").about(Category.OVERIG)
                        .byComplainant("cit_repeat_" + citizen).receivedOn(LocalDate.of(2026, 1, 5 + 10 * i)), null);
            }
        }

        List<PatternSignalRaised> signals = detectors.detect(facts, Q1_2026);

        assertThat(signals).filteredOn(s -> s.kind() == SignalKind.REPEAT_COMPLAINANT).singleElement()
                .satisfies(s -> {
                    assertThat(s.department()).isEqualTo("Intake");
                    assertThat(s.count()).as("their third complaints").isEqualTo(5);
                    assertThat(s.toString()).doesNotContain("cit_repeat");
                });
    }

    @Test
    void anAnonymisedComplaintNoLongerMakesARepeatComplainantButStillCountsInEveryOtherSignal() {
        history("Intake", "Intake Centrum", Category.OVERIG, 2, 2, 2, 2, 2);
        for (int citizen = 0; citizen < 5; citizen++) {
            for (int i = 0; i < 3; i++) {
                add(aComplaint("K-R" + citizen + i).in("Intake", "Intake Centrum").about(Category.OVERIG)
                        .byComplainant("cit_repeat_" + citizen).receivedOn(LocalDate.of(2026, 1, 5 + 10 * i)), null);
            }
        }
        List<PatternSignalRaised> kept = detectors.detect(facts, Q1_2026);
        // The first complaint of one citizen passed its retention period: that citizen has two complaints left.
        facts.replaceAll(fact -> fact.complaintId().equals("K-R00")
                ? fact.apply(new ComplaintAnonymised(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 1, 6)))
                : fact);

        List<PatternSignalRaised> signals = detectors.detect(facts, Q1_2026);

        assertThat(kept).filteredOn(s -> s.kind() == SignalKind.REPEAT_COMPLAINANT).hasSize(1);
        assertThat(signals).as("four third complaints are a small cell")
                .noneMatch(s -> s.kind() == SignalKind.REPEAT_COMPLAINANT);
        assertThat(signals).isNotEmpty()
                .isEqualTo(kept.stream().filter(s -> s.kind() != SignalKind.REPEAT_COMPLAINANT).toList());
    }

    @Test
    void contactOnTimeFallingWellBelowTheQuartersBeforeIsADroppingCompliance() {
        Quarter quarter = new Quarter(2025, 1);
        for (int q = 0; q < 5; q++) {
            for (int i = 0; i < 20; i++) {
                boolean inTime = q < 4 ? i != 0 : i >= 9; // 95% before, 55% now
                add(aComplaint("K-C" + q + "-" + i).in("Werk", "Werk Noord").about(Category.BEREIKBAARHEID)
                        .receivedOn(quarter.firstDay().plusDays(i * 3)), inTime);
            }
            quarter = quarter.next();
        }

        List<PatternSignalRaised> signals = detectors.detect(facts, Q1_2026);

        assertThat(signals).filteredOn(s -> s.kind() == SignalKind.DEADLINE_COMPLIANCE_DROPPING).singleElement()
                .satisfies(s -> {
                    assertThat(s.department()).isEqualTo("Werk");
                    assertThat(s.count()).as("late contacts this quarter").isEqualTo(9);
                    assertThat(s.baseline()).as("late contacts at the old share").isEqualTo(1.0);
                });
        assertThat(detectors.detect(facts, Q1_2026)).as("the same signals, with the same ids").isEqualTo(signals);
    }
}
