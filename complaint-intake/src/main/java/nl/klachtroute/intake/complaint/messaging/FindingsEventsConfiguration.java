package nl.klachtroute.intake.complaint.messaging;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.findings.FindingsReportAccepted;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportReturned;
import nl.klachtroute.events.findings.FindingsReportShared;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.intake.complaint.application.ComplaintService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * What intake does with the facts of findings-report ({@code klachtroute.findings.v1}): the route bejegening
 * moves on as the report is opened, heard, submitted, returned, accepted and shared. Binding
 * {@code onFindingsEvent-in-0}, consumer group {@value ComplaintService#SERVICE}.
 */
@Configuration(proxyBeanMethods = false)
class FindingsEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> onFindingsEvent(InboundEvents inboundEvents, ComplaintService complaints) {
        return inboundEvents.handler(ComplaintService.SERVICE, envelope -> record(complaints, envelope));
    }

    private static void record(ComplaintService complaints, EventEnvelope envelope) {
        Instant at = envelope.occurredAt();
        Object fact = envelope.payload();
        if (fact instanceof FindingsReportOpened opened) {
            complaints.recordFact(envelope, c -> c.recordFindingsReportOpened(opened.reportId(),
                    opened.teammanagerId(), opened.dueOn(), at));
        } else if (fact instanceof FindingsReportAssigned assigned) {
            complaints.recordFact(envelope, c -> c.recordFindingsReportAssigned(assigned.reportId(),
                    assigned.teammanagerId(), at));
        } else if (fact instanceof HearingHeld hearing) {
            complaints.recordFact(envelope, c -> c.recordFindingsHearing(hearing.reportId(), hearing.party(),
                    hearing.heldOn(), at));
        } else if (fact instanceof FindingsReportSubmitted submitted) {
            complaints.recordFact(envelope, c -> c.recordFindingsReportSubmitted(submitted.reportId(),
                    submitted.submittedOn(), at));
        } else if (fact instanceof FindingsReportReturned returned) {
            complaints.recordFact(envelope, c -> c.recordFindingsReportReturned(returned.reportId(),
                    returned.returnedOn(), at));
        } else if (fact instanceof FindingsReportAccepted accepted) {
            complaints.recordFact(envelope, c -> c.recordFindingsReportAccepted(accepted.reportId(),
                    accepted.acceptedOn(), at));
        } else if (fact instanceof FindingsReportShared shared) {
            complaints.recordFact(envelope, c -> c.recordFindingsReportShared(shared.reportId(),
                    shared.sharedOn(), at));
        }
    }
}
