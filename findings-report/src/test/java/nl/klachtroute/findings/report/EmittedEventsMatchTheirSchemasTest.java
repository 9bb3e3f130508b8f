package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventSchemas;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.findings.FindingsEvent;

/** Every event the aggregate emits, in its envelope as this service publishes it, is valid by its schema. */
class EmittedEventsMatchTheirSchemasTest {

    @Test
    void everyEventOfAWholeReportLifeIsValid() {
        List<FindingsEvent> events = new ArrayList<>();
        FindingsReport.Opened opened = Reports.opened();
        events.add(opened.event());
        FindingsReport report = opened.report();
        events.addAll(report.checkDeadline(Reports.DUE.minusDays(1), WorkingDays.weekendsOnly(), 1));
        events.addAll(report.reassign(Reports.OTHER_TEAMMANAGER, "emp_fictional_0099"));
        events.addAll(report.recordHearing(Reports.citizenHearing(null)));
        events.addAll(report.recordHearing(new Hearing(HearingParty.EMPLOYEE, Reports.TODAY, 0, null,
                "Gesprek met de medewerker.", Reports.TEAMMANAGER, Reports.TODAY, null)));
        events.addAll(report.writeFindings(Reports.findings()));
        events.addAll(report.submit(Reports.TEAMMANAGER, Reports.DUE.plusDays(1)));
        events.addAll(report.returnWithRemarks(Reports.HANDLER, Reports.TODAY, "Graag aanvullen."));
        events.addAll(report.submit(Reports.TEAMMANAGER, Reports.TODAY));
        events.addAll(report.accept(Reports.HANDLER, Reports.TODAY));
        events.addAll(report.share(Reports.HANDLER, Reports.TODAY));

        EventCodec codec = new EventCodec();
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("FindingsReportOpened",
                "FindingsReportDeadlineApproaching", "FindingsReportAssigned", "HearingHeld", "HearingHeld",
                "FindingsReportDeadlineMissed", "FindingsReportSubmitted", "FindingsReportReturned",
                "FindingsReportSubmitted", "FindingsReportAccepted", "FindingsReportShared");
        for (FindingsEvent event : events) {
            String json = codec.encode(EventEnvelope.first(Reports.COMPLAINT_ID, event, "findings-report",
                    Instant.parse("2026-05-14T10:00:00Z"), UUID.randomUUID()));
            assertThat(EventSchemas.violations(EventCatalog.of(event), json)).as(json).isEmpty();
            assertThat(codec.decode(json).payload()).isEqualTo(event);
        }
    }
}
