package nl.klachtroute.analytics.kpi;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.Complaints;
import nl.klachtroute.analytics.ReadModels;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.summary.Cell;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.HearingWaived;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.support.problem.RuleViolationException;

/** Known event sequences in, every KPI of DOMAIN.md out, with small cells suppressed where a team shows. */
class KpiServiceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private final List<ComplaintFact> stored = new ArrayList<>();

    /** The KPIs as the cube gives them, the facts stored through the projection's steps. */
    private KpiReport report(KpiQuery query) {
        return new KpiService(ReadModels.of(stored).cube(), new SmallCellPolicy(5),
                Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam"))
                .report(query);
    }

    private void given(Complaints complaint, DomainEvent... events) {
        ComplaintFact fact = ComplaintFact.unknown(complaint.id()).apply(complaint.registered());
        for (DomainEvent event : events) {
            fact = fact.apply(event).apply(event); // every event redelivered: it must not count twice
        }
        stored.add(fact);
    }

    private static Complaints werk(String id, String team, Category category, String complainant, LocalDate on) {
        return aComplaint(id).in("Werk", team).about(category).byComplainant(complainant).receivedOn(on);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** Six complaints in the first quarter of 2026, and one of 2025 that only makes a repeat. */
    private void aQuarterOfWerk() {
        given(werk("K-0", "Werk Noord", Category.PRIVACY, "cit_dddd", LocalDate.of(2025, 6, 1)));
        given(werk("K-1", "Werk Oost", Category.BEJEGENING, "cit_aaaa", day(1, 5)),
                new ComplaintAcknowledged(day(1, 7)), new CitizenContacted(day(1, 8), Channel.PHONE, true),
                new HearingRecorded(HearingParty.CITIZEN, day(1, 20)),
                new ComplaintClosed(day(2, 5), Judgement.GEGROND, 2, true, null, true, day(3, 19)));
        given(werk("K-2", "Werk Oost", Category.BEJEGENING, "cit_bbbb", day(1, 12)),
                new ComplaintAcknowledged(day(1, 13)), new CitizenContacted(day(1, 26), Channel.PHONE, false),
                new HandlingDeadlineExtended(day(2, 23), day(3, 9), 2, false),
                new HearingWaived(HearingWaiverGround.CITIZEN_DECLINED, day(2, 2)),
                new DeadlineMissed(DeadlineKind.HANDLING, day(3, 9), "usr_handler"),
                new ComplaintClosed(day(3, 23), Judgement.ONGEGROND, 0, false, HearingWaiverGround.CITIZEN_DECLINED,
                        false, day(5, 4)),
                new OmbudsmanReferralMade(day(4, 1), true));
        given(werk("K-3", "Werk Oost", Category.PRIVACY, "cit_aaaa", day(2, 2)),
                new ComplaintAcknowledged(day(2, 4)), new CitizenContacted(day(2, 5), Channel.EMAIL, true),
                new ComplaintResolvedInformally(day(2, 20)));
        given(werk("K-4", "Werk West", Category.BEJEGENING, "cit_cccc", day(2, 10)).informal(),
                new ComplaintAcknowledged(day(2, 10)), new CitizenContacted(day(2, 12), Channel.PHONE, true),
                new ComplaintNotHandled(NotHandlingGround.ALREADY_HANDLED, day(2, 24)));
        given(werk("K-5", "Werk Oost", Category.BEJEGENING, "cit_dddd", day(3, 2)).informal(),
                new MissingDetailsSupplied(day(3, 5), true, List.of()), new ComplaintWithdrawn(day(3, 10)));
        given(werk("K-6", "Werk West", Category.TIJDIGHEID, "cit_eeee", day(3, 16)),
                new ComplaintAcknowledged(day(3, 20)), new CitizenContacted(day(3, 19), Channel.PHONE, true),
                new HearingHeld("RvB-6", HearingParty.CITIZEN, day(4, 2), 0),
                new ComplaintClosed(day(4, 15), Judgement.DEELS_GEGROND, 1, true, null, true, day(5, 27)));
    }

    @Test
    void everyKpiOfAQuarterFollowsFromItsEvents() {
        aQuarterOfWerk();
        KpiReport report = report(new KpiQuery(Granularity.QUARTER, FROM, TO, GroupBy.NONE, null, null));

        assertThat(report.suppressionApplied()).isFalse();
        assertThat(report.rows()).extracting(KpiRow::period).containsExactly("2026-Q1");
        Kpis kpis = report.rows().get(0).kpis();
        assertThat(kpis.received()).isEqualTo(Cell.of(6));
        assertThat(kpis.formal()).isEqualTo(Cell.of(5));
        assertThat(kpis.contactedWithin5WorkingDays()).isEqualTo(new Ratio(4L, 6L, 0.667, false));
        assertThat(kpis.daysToAcknowledgement()).isEqualTo(new DayStatistics(5L, 2L, 4L, false));
        assertThat(kpis.handledOnTime()).isEqualTo(new Ratio(2L, 3L, 0.667, false));
        assertThat(kpis.meetsOnTimeTarget()).isFalse();
        assertThat(kpis.postponed()).isEqualTo(Cell.of(1));
        assertThat(kpis.overdue()).isEqualTo(Cell.of(1));
        assertThat(kpis.leadTimeDays()).isEqualTo(new DayStatistics(3L, 31L, 70L, false));
        assertThat(kpis.endings()).containsExactly(Map.entry("CLOSED", Cell.of(3)), Map.entry("NOT_HANDLED", Cell.of(1)),
                Map.entry("RESOLVED_INFORMALLY", Cell.of(1)), Map.entry("WITHDRAWN", Cell.of(1)));
        assertThat(kpis.judgements()).containsExactly(Map.entry("DEELS_GEGROND", Cell.of(1)),
                Map.entry("GEGROND", Cell.of(1)), Map.entry("ONGEGROND", Cell.of(1)));
        assertThat(kpis.hearingsHeld()).isEqualTo(Cell.of(2));
        assertThat(kpis.hearingsWaived()).containsExactly(Map.entry("CITIZEN_DECLINED", Cell.of(1)));
        assertThat(kpis.informalResolutions()).isEqualTo(Cell.of(1));
        assertThat(kpis.notHandled()).containsExactly(Map.entry("ALREADY_HANDLED", Cell.of(1)));
        assertThat(kpis.withImprovementActions()).isEqualTo(Cell.of(2));
        assertThat(kpis.improvementActions()).isEqualTo(Cell.of(3));
        assertThat(kpis.ombudsmanReferrals()).isEqualTo(Cell.of(1));
        // K-3 after K-1 by cit_aaaa; K-2 after K-1 about Werk Oost bejegening; K-5 both (K-0 in 2025, K-1).
        assertThat(kpis.repeatComplaints()).isEqualTo(Cell.of(3));
        assertThat(kpis.repeatBySameComplainant()).isEqualTo(Cell.of(2));
        assertThat(kpis.repeatBySameTeamAndCategory()).isEqualTo(Cell.of(2));
    }

    @Test
    void anonymisedComplaintsCountInEveryKpiExceptTheRepeatsBySameComplainant() {
        aQuarterOfWerk();
        KpiQuery quarter = new KpiQuery(Granularity.QUARTER, FROM, TO, GroupBy.NONE, null, null);
        Kpis kept = report(quarter).rows().get(0).kpis();

        stored.replaceAll(fact -> fact.apply(new ComplaintAnonymised(LocalDate.of(2031, 6, 2), day(6, 1))));
        Kpis anonymised = report(quarter).rows().get(0).kpis();

        assertThat(anonymised).usingRecursiveComparison()
                .ignoringFields("repeatComplaints", "repeatBySameComplainant").isEqualTo(kept);
        // Which complaints came from one person cannot be told any more; same team and category still can.
        assertThat(anonymised.repeatBySameComplainant()).isEqualTo(Cell.of(0));
        assertThat(anonymised.repeatComplaints()).isEqualTo(Cell.of(2));
        assertThat(anonymised.repeatBySameTeamAndCategory()).isEqualTo(kept.repeatBySameTeamAndCategory());
    }

    @Test
    void rowsFollowThePeriodAndTheGroup() {
        aQuarterOfWerk();
        assertThat(report(new KpiQuery(Granularity.MONTH, FROM, TO, GroupBy.NONE, null, null)).rows())
                .extracting(row -> row.period() + "=" + row.kpis().received().count())
                .containsExactly("2026-01=2", "2026-02=2", "2026-03=2");
        assertThat(report(new KpiQuery(Granularity.YEAR, null, TO, GroupBy.NONE, null, null)).rows())
                .extracting(row -> row.period() + "=" + row.kpis().received().count())
                .containsExactly("2025=1", "2026=6");
        assertThat(report(new KpiQuery(Granularity.QUARTER, FROM, TO, GroupBy.CATEGORY, null, null)).rows())
                .extracting(row -> row.group() + "=" + row.kpis().received().count())
                .containsExactly("BEJEGENING=4", "PRIVACY=1", "TIJDIGHEID=1");
        assertThat(report(new KpiQuery(Granularity.QUARTER, FROM, TO, GroupBy.ROUTE, null, null)).rows())
                .extracting(row -> row.group() + "=" + row.kpis().received().count())
                .containsExactly("BEJEGENING=4", "STANDARD=2");
    }

    @Test
    void aTeamWithFewerThanFiveComplaintsIsHiddenAsAWhole() {
        aQuarterOfWerk();
        KpiReport report = report(new KpiQuery(Granularity.QUARTER, FROM, TO, GroupBy.TEAM, null, null));

        assertThat(report.suppressionApplied()).isTrue();
        assertThat(report.rows()).extracting(KpiRow::group, KpiRow::suppressed, KpiRow::kpis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Werk Oost", true, null),
                        org.assertj.core.groups.Tuple.tuple("Werk West", true, null));
    }

    @Test
    void withinAVisibleTeamSmallCellsAndTheCellsThatWouldRevealThemAreHidden() {
        for (int i = 1; i <= 6; i++) {
            given(werk("K-Z" + i, "Werk Zuid", Category.FINANCIEEL, "cit_z" + i, day(5, i)),
                    new ComplaintClosed(day(6, i), Judgement.ONGEGROND, 0, true, null, i != 6, day(7, 1)));
        }
        given(werk("K-Z7", "Werk Zuid", Category.FINANCIEEL, "cit_z7", day(5, 7)),
                new ComplaintNotHandled(NotHandlingGround.OLDER_THAN_ONE_YEAR, day(5, 20)));

        Kpis kpis = report(new KpiQuery(Granularity.QUARTER, FROM, TO, GroupBy.TEAM, "Werk", null))
                .rows().get(0).kpis();

        assertThat(kpis.received()).isEqualTo(Cell.of(7));
        assertThat(kpis.handledOnTime()).as("5 of 6 on time: the one late complaint would show")
                .isEqualTo(Ratio.hidden());
        assertThat(kpis.notHandled()).containsExactly(Map.entry("OLDER_THAN_ONE_YEAR", Cell.hidden()));
        assertThat(kpis.endings()).as("closed 6 beside a total of 7 would reveal the one not handled")
                .containsExactly(Map.entry("CLOSED", Cell.hidden()), Map.entry("NOT_HANDLED", Cell.hidden()));
        assertThat(kpis.leadTimeDays()).isEqualTo(new DayStatistics(6L, 31L, 31L, false));
        assertThat(kpis.overdue()).as("zero points at nobody").isEqualTo(Cell.of(0));
        assertThat(kpis.repeatBySameTeamAndCategory()).isEqualTo(Cell.of(6));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new KpiQuery(Granularity.MONTH, TO, FROM, GroupBy.NONE, null, null))
                .isInstanceOf(RuleViolationException.class);
    }
}
