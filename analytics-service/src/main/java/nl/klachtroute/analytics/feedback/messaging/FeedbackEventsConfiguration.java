package nl.klachtroute.analytics.feedback.messaging;

import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.analytics.feedback.FeedbackAnswer;
import nl.klachtroute.analytics.feedback.FeedbackAnswers;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * The citizens' answers to the satisfaction check, from the notification topic ({@code klachtroute.notification.v1},
 * binding {@code onNotificationEvent-in-0}). The topic's many other events (tasks, messages) are acknowledged
 * without a store round trip.
 */
@Configuration(proxyBeanMethods = false)
public class FeedbackEventsConfiguration {

    /** Consumer group: the service name, as for the complaint and findings topics. */
    public static final String CONSUMER = "analytics-service";
    private static final Logger log = LoggerFactory.getLogger(FeedbackEventsConfiguration.class);

    @Bean
    Consumer<Message<byte[]>> onNotificationEvent(InboundEvents inboundEvents, FeedbackAnswers answers,
            MeterRegistry meters) {
        return inboundEvents.handler(CONSUMER, Set.of(CitizenFeedbackGiven.class), envelope -> {
            if (envelope.payload() instanceof CitizenFeedbackGiven given) {
                answers.store(new FeedbackAnswer(envelope.complaintId(), given));
                Counter.builder("klachtroute.analytics.events.projected")
                        .description("Complaint events applied to the analytics facts")
                        .tag("type", envelope.type()).register(meters).increment();
                log.debug("Stored answer {} about complaint {}", given.feedbackId(), envelope.complaintId());
            }
        });
    }
}
