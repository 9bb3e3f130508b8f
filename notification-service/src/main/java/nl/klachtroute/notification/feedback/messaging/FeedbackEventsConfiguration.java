package nl.klachtroute.notification.feedback.messaging;

import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.notification.complaint.application.ComplaintRetention;
import nl.klachtroute.notification.feedback.application.FeedbackFollowUp;
import nl.klachtroute.support.inbox.InboundEvents;

/**
 * Reacts to the citizen's answer on this service's own topic, after the outbox published it: so the answer is
 * taken at once on the public page, and its effects (the handler's task, the opt-out) are retried like those of
 * any other event when the store is away. Binding {@code onNotificationEvent-in-0} on
 * {@code klachtroute.notification.v1}; every other event type of the topic is passed without a store round trip.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FeedbackEventsConfiguration.class);
    private static final String CONSUMER = "notification-service";

    @Bean
    Consumer<Message<byte[]>> onNotificationEvent(InboundEvents inboundEvents, FeedbackFollowUp followUp,
            ComplaintRetention retention) {
        return inboundEvents.handler(CONSUMER, Set.of(CitizenFeedbackGiven.class), envelope -> {
            if (!(envelope.payload() instanceof CitizenFeedbackGiven answer)) {
                return;
            }
            if (retention.isAnonymised(envelope.complaintId())) {
                log.info("Feedback on anonymised complaint {} ignored", envelope.complaintId());
            } else {
                followUp.given(envelope, answer);
            }
        });
    }
}
