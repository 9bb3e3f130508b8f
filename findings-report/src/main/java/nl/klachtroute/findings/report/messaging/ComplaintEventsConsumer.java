package nl.klachtroute.findings.report.messaging;

import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.findings.report.application.FindingsReportService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * Reacts to the complaint topic (binding {@code onComplaintEvent-in-0}, group {@code findings-report}):
 * a requested report is opened, the report of an anonymised complaint is anonymised. Redeliveries are
 * dropped by the inbox; both effects are idempotent on their own as well (report id from the complaint id,
 * anonymising twice changes nothing). Events this service does not act on pass by.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onComplaintEvent(InboundEvents inboundEvents, FindingsReportService reports) {
        return inboundEvents.handler(FindingsReportService.PRODUCER,
                Set.of(FindingsReportRequested.class, ComplaintAnonymised.class), envelope -> {
            if (envelope.payload() instanceof FindingsReportRequested requested) {
                reports.open(envelope, requested);
            } else if (envelope.payload() instanceof ComplaintAnonymised anonymised) {
                reports.anonymise(envelope, anonymised);
            }
        });
    }
}
