package nl.klachtroute.intake.complaint.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.intake.complaint.application.ComplaintService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * What intake does with the facts of findings-report ({@code klachtroute.findings.v1}). Binding
 * {@code onFindingsEvent-in-0}, consumer group {@value ComplaintService#SERVICE}; other findings events
 * are acknowledged and ignored until the route needs them.
 */
@Configuration(proxyBeanMethods = false)
class FindingsEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> onFindingsEvent(InboundEvents inboundEvents, ComplaintService complaints) {
        return inboundEvents.handler(ComplaintService.SERVICE, envelope -> {
            if (envelope.payload() instanceof FindingsReportOpened opened) {
                complaints.recordFindingsReportOpened(envelope, opened);
            }
        });
    }
}
