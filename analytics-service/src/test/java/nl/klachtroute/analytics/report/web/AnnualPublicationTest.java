package nl.klachtroute.analytics.report.web;

import static nl.klachtroute.analytics.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.klachtroute.analytics.ReadModels;
import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.report.AnnualPublication;
import nl.klachtroute.analytics.report.AnnualPublicationService;
import nl.klachtroute.analytics.summary.Cell;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.events.Category;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;

/** The Awb 9:12a publication counts every complaint of the year, also not handled and informally resolved. */
class AnnualPublicationTest {

    private final ReadModels stored = new ReadModels();
    private final AnnualPublicationService service = new AnnualPublicationService(new KpiService(stored.cube(),
            new SmallCellPolicy(5), Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Europe/Amsterdam")));

    private void given(String id, String department, Category category, LocalDate on,
            nl.klachtroute.events.DomainEvent... events) {
        ComplaintFact fact = ComplaintFact.unknown(id)
                .apply(aComplaint(id).in(department, department + " 1").about(category).receivedOn(on).registered());
        for (var event : events) {
            fact = fact.apply(event);
        }
        stored.store(fact);
    }

    @Test
    void everyEndingOfTheYearIsPublishedPerDepartmentAndCategory() {
        LocalDate march = LocalDate.of(2025, 3, 3);
        given("K-1", "Werk", Category.BEJEGENING, march,
                new ComplaintClosed(march.plusWeeks(5), Judgement.GEGROND, 1, true, null, true, march.plusWeeks(11)));
        given("K-2", "Werk", Category.PRIVACY, march, new ComplaintResolvedInformally(march.plusWeeks(1)));
        given("K-3", "Inkomen", Category.PRIVACY, march,
                new ComplaintNotHandled(NotHandlingGround.OLDER_THAN_ONE_YEAR, march.plusWeeks(2)));
        given("K-4", "Inkomen", Category.FINANCIEEL, march);
        given("K-5", "Inkomen", Category.FINANCIEEL, LocalDate.of(2024, 12, 31));

        AnnualPublication publication = service.publication(2025);

        assertThat(publication.kpis().received()).isEqualTo(Cell.of(4));
        assertThat(publication.stillOpen()).isEqualTo(1);
        assertThat(publication.byDepartment()).containsEntry("Werk", Cell.of(2)).containsEntry("Inkomen", Cell.of(2));
        assertThat(publication.byCategory()).containsEntry("PRIVACY", Cell.of(2));
        assertThat(AnnualPublicationFormats.csv(publication).split("\r\n")).contains(
                "jaar;onderdeel;waarde;aantal", "2025;ontvangen;totaal;4", "2025;afdeling;Inkomen;2",
                "2025;afhandeling;CLOSED;1", "2025;afhandeling;RESOLVED_INFORMALLY;1", "2025;afhandeling;NOT_HANDLED;1",
                "2025;afhandeling;nog open;1", "2025;niet behandeld (Awb 9:8);OLDER_THAN_ONE_YEAR;1",
                "2025;binnen de termijn afgehandeld;aantal van afgesloten;1 van 1");
        assertThat(AnnualPublicationFormats.html(publication)).contains("Jaaroverzicht klachten 2025",
                "artikel 9:12a Awb", "<td>afhandeling</td><td>nog open</td><td class=\"n\">1</td>");
    }

    @Test
    void aYearWithoutComplaintsPublishesZero() {
        AnnualPublication publication = service.publication(2030);
        assertThat(publication.kpis()).isNull();
        assertThat(AnnualPublicationFormats.csv(publication)).isEqualTo("jaar;onderdeel;waarde;aantal\r\n2030;ontvangen;totaal;0\r\n");
    }
}
