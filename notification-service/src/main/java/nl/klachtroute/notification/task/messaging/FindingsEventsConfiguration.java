package nl.klachtroute.notification.task.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.notification.task.application.TaskService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * Reacts to the Rapport van Bevindingen: a new draft gives the teammanager a task, submitting the report
 * completes it. Binding {@code onFindingsEvent-in-0} on {@code klachtroute.findings.v1}.
 */
@Configuration(proxyBeanMethods = false)
class FindingsEventsConfiguration {

    static final String CONSUMER = "notification-service";

    @Bean
    Consumer<Message<byte[]>> onFindingsEvent(InboundEvents inboundEvents, TaskService tasks) {
        return inboundEvents.handler(CONSUMER, envelope -> {
            if (envelope.payload() instanceof FindingsReportOpened opened) {
                tasks.reportOpened(envelope, opened);
            } else if (envelope.payload() instanceof FindingsReportSubmitted submitted) {
                tasks.reportSubmitted(envelope, submitted);
            }
        });
    }
}
