package nl.klachtroute.notification.task.messaging;

import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.analytics.PatternSignalRaised;
import nl.klachtroute.notification.task.application.TaskService;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * Reacts to analytics: a pattern signal becomes a task for the responsible manager. Binding
 * {@code onAnalyticsEvent-in-0} on {@code klachtroute.analytics.v1}. The envelope's complaint id is only the
 * record key here (a signal is about many complaints); the signal id identifies the task.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsEventsConfiguration {

    @Bean
    Consumer<Message<byte[]>> onAnalyticsEvent(InboundEvents inboundEvents, TaskService tasks) {
        return inboundEvents.handler(FindingsEventsConfiguration.CONSUMER, Set.of(PatternSignalRaised.class), envelope -> {
            if (envelope.payload() instanceof PatternSignalRaised signal) {
                tasks.patternSignalRaised(envelope, signal);
            }
        });
    }
}
